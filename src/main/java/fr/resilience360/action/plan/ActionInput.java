package fr.resilience360.action.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.resilience360.shared.Coded;
import java.util.List;

/**
 * An action as a form or the API sends it, every value as typed (codes, ISO dates, the pilot's e-mail); checked and
 * turned into {@link ActionFields} by {@link ActionInputRule}. In a change ({@code PATCH}), a null value keeps the
 * stored one ({@link #over}).
 */
public record ActionInput(
        String titre,
        String description,
        String statut,
        String debut,
        String echeance,
        String pilote,
        @JsonProperty("pilote_nom") String piloteNom,
        @JsonProperty("elu_referent") String eluReferent,
        String partenaires,
        JustificationInput justification,
        List<String> besoins,
        List<String> leviers,
        String cout,
        String difficulte,
        String delai,
        List<String> cobenefices) {

    /** Nothing given: in a change, everything kept. */
    public static final ActionInput EMPTY = justifiedBy(null);

    /** Only a justification (null: nothing given). */
    public static ActionInput justifiedBy(JustificationInput j) {
        return new ActionInput(
                null, null, null, null, null, null, null, null, null, j, null, null, null, null, null, null);
    }

    /** {@code type}: a {@link JustificationKind} code, empty for none. */
    public record JustificationInput(String type, String reference, String texte) {}

    /** The stored fields as they would be typed; {@code pilotEmail} the pilot's address (null: none). */
    public static ActionInput of(ActionFields f, String pilotEmail) {
        Traits t = f.traits();
        Justification j = f.justification();
        return new ActionInput(
                f.title(),
                f.description(),
                f.status().code(),
                f.startDate() == null ? "" : f.startDate().toString(),
                f.dueDate() == null ? "" : f.dueDate().toString(),
                pilotEmail == null ? "" : pilotEmail,
                f.pilotName(),
                f.eluReferent(),
                f.partners(),
                new JustificationInput(j.kind() == null ? "" : j.kind().code(), j.reference(), j.text()),
                t.needs(),
                t.levers().stream().map(Coded::code).toList(),
                code(t.cost()),
                code(t.difficulty()),
                code(t.delay()),
                t.cobenefits().stream().map(Coded::code).toList());
    }

    /** This change over the stored input: each value given replaces the stored one. */
    public ActionInput over(ActionInput stored) {
        JustificationInput js = stored.justification();
        JustificationInput j = justification == null
                ? js
                : new JustificationInput(
                        or(justification.type(), js.type()),
                        or(justification.reference(), js.reference()),
                        or(justification.texte(), js.texte()));
        return new ActionInput(
                or(titre, stored.titre()),
                or(description, stored.description()),
                or(statut, stored.statut()),
                or(debut, stored.debut()),
                or(echeance, stored.echeance()),
                or(pilote, stored.pilote()),
                or(piloteNom, stored.piloteNom()),
                or(eluReferent, stored.eluReferent()),
                or(partenaires, stored.partenaires()),
                j,
                or(besoins, stored.besoins()),
                or(leviers, stored.leviers()),
                or(cout, stored.cout()),
                or(difficulte, stored.difficulte()),
                or(delai, stored.delai()),
                or(cobenefices, stored.cobenefices()));
    }

    private static <T> T or(T given, T stored) {
        return given != null ? given : stored;
    }

    private static String code(Coded value) {
        return value == null ? "" : value.code();
    }
}
