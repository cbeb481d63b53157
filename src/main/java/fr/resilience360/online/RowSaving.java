package fr.resilience360.online;

import fr.resilience360.shared.UserInputException;
import java.security.Principal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Saves one row from the fill page and says how it went, without ever losing what was typed: saved (with the time),
 * refused with the reason (the typed text stays in the field), or in conflict with someone else's change (both shown,
 * the person decides).
 */
@Component
class RowSaving {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The row's form: what was typed, and the revision the page was showing. */
    record Form(String valeur, String commentaire, String source, String justification, Integer revision) {}

    enum State {
        SAVED,
        UNCHANGED,
        REFUSED,
        CONFLICT
    }

    record Outcome(DiagnosticView view, NeedView need, LineView line, State state, String message, Form typed) {

        public boolean keepsTyped() {
            return state == State.REFUSED || state == State.CONFLICT;
        }

        public String stateCode() {
            return state.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final OnlineDiagnostics diagnostics;
    private final DiagnosticAccess access;
    private final RowEdits edits;
    private final DiagnosticViews views;

    RowSaving(OnlineDiagnostics diagnostics, DiagnosticAccess access, RowEdits edits, DiagnosticViews views) {
        this.diagnostics = diagnostics;
        this.access = access;
        this.edits = edits;
        this.views = views;
    }

    Outcome save(long id, int row, Form form, Principal principal) {
        OnlineDiagnostic found = diagnostics.require(id);
        Rights rights = access.rights(principal, found.territoryId());
        OnlineDiagnostic draft = access.readable(found, rights);
        RowEntry current = edits.require(draft, row);
        if (!rights.mayEdit(draft, current))
            throw new AccessDeniedException("Vous ne pouvez pas modifier la ligne " + row + " de ce diagnostic.");
        State state;
        String message;
        try {
            RowEdit edit = new RowEdit(
                    ValueInputRule.parse(IndicatorRows.of(diagnostics.referential(), row), form.valeur()),
                    form.commentaire(),
                    form.source(),
                    form.justification());
            int revision = form.revision() == null ? current.revision() : form.revision();
            RowEntry saved = edits.update(draft, row, edit, revision, principal.getName());
            state = saved.revision() == revision ? State.UNCHANGED : State.SAVED;
            message = "Enregistré à " + ZonedDateTime.now(PARIS).format(TIME) + " (version " + saved.revision() + ")";
        } catch (StaleRowException e) {
            state = State.CONFLICT;
            message = e.getMessage() + " Votre saisie n'est pas perdue : elle reste dans le champ ; enregistrez-la "
                    + "de nouveau pour remplacer la valeur actuelle, ou rechargez la page.";
        } catch (UserInputException e) {
            state = State.REFUSED;
            message = "Non enregistré : " + e.getMessage();
        }
        return outcome(views.view(draft, rights), row, state, message, form);
    }

    /** The page's parts the answer replaces, from the rows as stored now (the person's rights read once). */
    private Outcome outcome(DiagnosticView view, int row, State state, String message, Form form) {
        NeedView need =
                view.need(IndicatorRows.of(diagnostics.referential(), row).need());
        LineView line = need.lines().stream()
                .filter(l -> l.sheetRow() == row)
                .findFirst()
                .orElseThrow();
        return new Outcome(view, need, line, state, message, form);
    }
}
