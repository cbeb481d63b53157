package fr.resilience360.online;

import fr.resilience360.account.Action;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A diagnostic's portrait page (radar of the needs, strengths and weaknesses, objectives, completion, anomalies), and
 * the draft's two whole-diagnostic actions: choosing the weighting profile, publishing a version.
 */
@Controller
class DiagnosticPageController {

    private final Portraits portraits;
    private final OnlineDiagnostics diagnostics;
    private final DiagnosticAccess access;
    private final List<PortraitHighlights> highlights;

    DiagnosticPageController(
            Portraits portraits,
            OnlineDiagnostics diagnostics,
            DiagnosticAccess access,
            List<PortraitHighlights> highlights) {
        this.portraits = portraits;
        this.diagnostics = diagnostics;
        this.access = access;
        this.highlights = highlights;
    }

    @GetMapping("/diagnostics/{id}")
    String portrait(
            @PathVariable long id,
            @RequestParam(required = false) String reference,
            Principal principal,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Portraits.Portrait p = portraits.portrait(id, reference, principal, request, response);
        model.addAttribute("p", p);
        model.addAttribute("profiles", WeightingProfiles.values());
        // a group of communes is no territory: the owner's hazards would not describe it
        if (p.diagnostic().group() == null)
            model.addAttribute(
                    "highlights",
                    highlights.stream()
                            .flatMap(h -> h.of(p.territory()).stream())
                            .toList());
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
}
