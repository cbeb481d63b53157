package fr.resilience360.action.plan;

import fr.resilience360.account.Action;
import fr.resilience360.online.Rights;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /territoires/{id}/plan}: the plan's dashboard and list of actions for the territory's members; adding an
 * action (from the catalogue, or custom) and the prioritisation weights for its editors ({@link PlanAccess}).
 */
@Controller
class PlanPageController {

    private final Territories territories;
    private final Plans plans;
    private final PlanAccess access;
    private final PlanPageModel pages;
    private final WeakNeedJustification justifications;

    PlanPageController(
            Territories territories,
            Plans plans,
            PlanAccess access,
            PlanPageModel pages,
            WeakNeedJustification justifications) {
        this.justifications = justifications;
        this.territories = territories;
        this.plans = plans;
        this.access = access;
        this.pages = pages;
    }

    @GetMapping("/territoires/{id}/plan")
    String plan(
            @PathVariable String id,
            @ModelAttribute PlanFilters filters,
            Principal principal,
            CsrfToken csrf,
            Model model) {
        TerritorySummary territory = territory(id);
        Rights rights = access.reader(principal, territory.id(), true);
        csrf.getToken(); // the session holding it is created before a long page commits the response
        pages.plan(model, territory, filters, rights.allows(Action.EDIT_DIAGNOSTICS));
        return "action/plan";
    }

    @PostMapping("/territoires/{id}/plan/actions")
    String add(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Principal principal,
            CsrfToken csrf,
            Model model,
            HttpServletResponse response) {
        TerritorySummary territory = territory(id);
        access.editor(principal, territory.id(), true);
        String catalogueId = PlanForms.text(form, "catalogue");
        String parent = PlanForms.text(form, "parent");
        try {
            ActionInput input = catalogueId.isBlank()
                    ? PlanForms.action(form)
                    : justifications.input(territory, PlanForms.text(form, "besoin"));
            Long parentId = PlanBodies.number(Map.of("parent", parent), "parent");
            PlanAction added = plans.add(territory, catalogueId, parentId, input, principal.getName());
            return "redirect:/territoires/" + territory.id() + "/plan/actions/" + added.id();
        } catch (InvalidFieldsException e) {
            return refused(id, e.fields(), principal, csrf, model, response);
        }
    }

    @PostMapping("/territoires/{id}/plan/ponderations")
    String weights(
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Principal principal,
            CsrfToken csrf,
            Model model,
            HttpServletResponse response) {
        TerritorySummary territory = territory(id);
        access.editor(principal, territory.id(), true);
        try {
            plans.setWeights(territory, WeightsInput.parse(form::get), principal.getName());
            return "redirect:/territoires/" + territory.id() + "/plan?tri=priorite#priorisation";
        } catch (InvalidFieldsException e) {
            return refused(id, e.fields(), principal, csrf, model, response);
        }
    }

    private String refused(
            String id, Map<String, String> errors, Principal p, CsrfToken csrf, Model model, HttpServletResponse r) {
        r.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", errors);
        return plan(id, new PlanFilters(null, null, null, null, null, null, null, null, null), p, csrf, model);
    }

    private TerritorySummary territory(String id) {
        return territories
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Territoire inconnu : " + id));
    }
}
