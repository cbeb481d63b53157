package fr.resilience360.online;

import fr.resilience360.account.Action;
import fr.resilience360.comparison.Comparison;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * A diagnostic's portrait page (radar of the needs, strengths and weaknesses, objectives, completion, anomalies), and
 * the draft's two whole-diagnostic actions: choosing the weighting profile, publishing a version.
 */
@Controller
class DiagnosticPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DiagnosticViews views;
    private final OnlineDiagnostics diagnostics;
    private final DiagnosticAccess access;
    private final OnlineComparisons comparisons;

    DiagnosticPageController(
            DiagnosticViews views,
            OnlineDiagnostics diagnostics,
            DiagnosticAccess access,
            OnlineComparisons comparisons) {
        this.views = views;
        this.diagnostics = diagnostics;
        this.access = access;
        this.comparisons = comparisons;
    }

    @GetMapping("/diagnostics/{id}")
    String portrait(
            @PathVariable long id, @RequestParam(required = false) String reference, Principal principal, Model model) {
        DiagnosticView view = views.view(id, principal);
        Comparison comparison = comparisons.of(view, reference);
        model.addAttribute("v", view);
        model.addAttribute("c", comparison);
        model.addAttribute("profiles", WeightingProfiles.values());
        model.addAttribute(
                "radarJson",
                JSON.writeValueAsString(comparison.radar(view.needs().stream()
                        .map(n -> n.need().category().workbookLabel())
                        .toList())));
        OnlineDiagnostic d = view.diagnostic();
        List<OnlineDiagnostic> published = diagnostics.published(d.territoryId());
        model.addAttribute("publications", d.isPublished() ? List.of() : publications(d, published));
        model.addAttribute("others", others(view, published));
        return "online/portrait";
    }

    @PostMapping("/diagnostics/{id}/publication")
    String publish(@PathVariable long id, Principal principal) {
        OnlineDiagnostic draft = draft(id, principal, Action.PUBLISH, "Seul un administrateur du territoire publie.");
        return "redirect:/diagnostics/" + diagnostics.publish(draft, principal.getName()) + "?publie";
    }

    @PostMapping("/diagnostics/{id}/ponderation")
    String weighting(@PathVariable long id, @RequestParam(defaultValue = "") String profil, Principal principal) {
        OnlineDiagnostic draft = draft(
                id,
                principal,
                Action.EDIT_DIAGNOSTICS,
                "Il faut être éditeur du territoire pour changer la pondération.");
        WeightingProfiles profile = WeightingProfiles.fromCode(profil)
                .orElseThrow(() ->
                        new fr.resilience360.shared.UserInputException("Profil de pondération inconnu : " + profil));
        diagnostics.setWeightingProfile(draft, profile);
        return "redirect:/diagnostics/" + id;
    }

    private OnlineDiagnostic draft(long id, Principal principal, Action action, String refusal) {
        OnlineDiagnostic diagnostic = access.readable(diagnostics.require(id), principal);
        if (diagnostic.isPublished())
            throw new org.springframework.security.access.AccessDeniedException("Une version publiée ne change plus.");
        access.require(principal, diagnostic.territoryId(), action, refusal);
        return diagnostic;
    }

    private static List<OnlineDiagnostic> publications(OnlineDiagnostic draft, List<OnlineDiagnostic> published) {
        return published.stream()
                .filter(p -> Long.valueOf(draft.id()).equals(p.draftId()))
                .toList();
    }

    /** The territory's other diagnostics this person may read, to compare with. */
    private List<OnlineDiagnostic> others(DiagnosticView view, List<OnlineDiagnostic> published) {
        List<OnlineDiagnostic> all = new java.util.ArrayList<>(published);
        if (view.member()) all.addAll(diagnostics.drafts(view.territory().id()));
        return all.stream().filter(o -> o.id() != view.diagnostic().id()).toList();
    }
}
