package fr.resilience360.online;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Filling a draft: one page per need, rows grouped by objective; each row saves itself (htmx posts the row's form,
 * the answer comes back with its new note, revision and saved state, or with why it was not saved); a row's history;
 * assigning a row to a contributor.
 */
@Controller
class RowPageController {

    private final DiagnosticViews views;
    private final OnlineDiagnostics diagnostics;
    private final RowSaving saving;
    private final RowEdits edits;
    private final DiagnosticAccess access;
    private final List<PortraitPerceptions> perceptions;

    RowPageController(
            DiagnosticViews views,
            OnlineDiagnostics diagnostics,
            RowSaving saving,
            RowEdits edits,
            DiagnosticAccess access,
            List<PortraitPerceptions> perceptions) {
        this.perceptions = perceptions;
        this.views = views;
        this.diagnostics = diagnostics;
        this.saving = saving;
        this.edits = edits;
        this.access = access;
    }

    @GetMapping("/diagnostics/{id}/besoins/{need}")
    String need(@PathVariable long id, @PathVariable String need, Principal principal, Model model) {
        DiagnosticView view = views.view(id, principal);
        NeedView needView = view.need(need);
        if (needView == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Besoin inconnu : " + need);
        model.addAttribute("v", view);
        model.addAttribute("n", needView);
        if (view.diagnostic().group() == null)
            perceptions.stream()
                    .flatMap(p -> p.of(view.diagnostic().territoryId()).stream())
                    .findFirst()
                    .map(p -> p.need(need))
                    .ifPresent(p -> model.addAttribute("perception", p));
        return "online/need";
    }

    @PostMapping("/diagnostics/{id}/lignes/{row}")
    String save(
            @PathVariable long id,
            @PathVariable int row,
            RowSaving.Form form,
            Principal principal,
            Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        RowSaving.Outcome outcome = saving.save(id, row, form, principal);
        if (htmx == null)
            return "redirect:/diagnostics/" + id + "/besoins/"
                    + outcome.need().need().id() + "#ligne-" + row;
        model.addAttribute("v", outcome.view());
        model.addAttribute("n", outcome.need());
        model.addAttribute("line", outcome.line());
        model.addAttribute("outcome", outcome);
        return "online/row :: saved";
    }

    @PostMapping("/diagnostics/{id}/lignes/{row}/attribution")
    String assign(
            @PathVariable long id,
            @PathVariable int row,
            @RequestParam(defaultValue = "") String email,
            Principal principal) {
        OnlineDiagnostic draft = access.readable(diagnostics.require(id), principal);
        if (draft.isPublished()) throw new AccessDeniedException("Une version publiée ne change plus.");
        access.require(
                principal,
                draft.territoryId(),
                fr.resilience360.account.Action.EDIT_DIAGNOSTICS,
                "Il faut être éditeur du territoire pour attribuer une ligne.");
        edits.assign(draft, row, email);
        return "redirect:/diagnostics/" + id + "/besoins/"
                + IndicatorRows.of(diagnostics.referential(), row).need() + "#ligne-" + row;
    }

    @GetMapping("/diagnostics/{id}/lignes/{row}/historique")
    String history(@PathVariable long id, @PathVariable int row, Principal principal, Model model) {
        OnlineDiagnostic diagnostic = access.readable(diagnostics.require(id), principal);
        model.addAttribute("diagnostic", diagnostic);
        model.addAttribute("definition", IndicatorRows.of(diagnostics.referential(), row));
        model.addAttribute("entry", edits.require(diagnostic, row));
        model.addAttribute("changes", edits.history(diagnostic, row));
        return "online/history";
    }
}
