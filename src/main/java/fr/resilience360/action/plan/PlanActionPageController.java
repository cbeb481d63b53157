package fr.resilience360.action.plan;

import fr.resilience360.account.Action;
import fr.resilience360.action.plan.PlanActionWrites.Target;
import fr.resilience360.online.Rights;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.shared.UserInputException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * {@code /territoires/{id}/plan/actions/{action}}: one action of the plan with all its fields, budget, milestones,
 * indicators, notes and history; its forms for the territory's editors and the action's pilot ({@link PlanAccess}).
 * A refused form shows the page again with each bad field named (400), or the newer version (409).
 */
@Controller
class PlanActionPageController {

    private static final String PAGE = "/territoires/{id}/plan/actions/{action}";

    private final Territories territories;
    private final Plans plans;
    private final PlanViews views;
    private final PlanAccess access;
    private final PlanPageModel pages;
    private final PlanActionWrites writes;

    PlanActionPageController(
            Territories territories,
            Plans plans,
            PlanViews views,
            PlanAccess access,
            PlanPageModel pages,
            PlanActionWrites writes) {
        this.territories = territories;
        this.plans = plans;
        this.views = views;
        this.access = access;
        this.pages = pages;
        this.writes = writes;
    }

    @GetMapping(PAGE)
    String show(@PathVariable String id, @PathVariable long action, Principal principal, CsrfToken csrf, Model model) {
        TerritorySummary territory = territory(id);
        Rights rights = access.reader(principal, territory.id(), true);
        csrf.getToken(); // the session holding it is created before a long page commits the response
        PlanView view = views.of(territory, PlanDates.today());
        PlanView.ActionView a = PlanDates.find(view, action)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Action inconnue : " + action));
        pages.action(model, territory, view, a, access.mayEdit(rights, territory.id(), a.action()));
        model.addAttribute("mayRemove", rights.allows(Action.EDIT_DIAGNOSTICS));
        return "action/plan-action";
    }

    @PostMapping(PAGE)
    String change(
            @PathVariable String id,
            @PathVariable long action,
            @RequestParam MultiValueMap<String, String> form,
            Principal principal,
            Model model) {
        Target t = target(id, action, principal);
        model.addAttribute("input", PlanForms.action(form));
        int version = formVersion(form.toSingleValueMap());
        plans.update(t.territory(), t.action(), version, PlanForms.action(form), principal.getName());
        return back(t, "enregistree");
    }

    @PostMapping(PAGE + "/budget")
    String budget(
            @PathVariable String id,
            @PathVariable long action,
            @RequestParam Map<String, String> f,
            Principal principal) {
        Target t = target(id, action, principal);
        writes.budget(t, f::get, principal.getName());
        return back(t, "budget");
    }

    @PostMapping(PAGE + "/budget/{line}/suppression")
    String deleteBudget(
            @PathVariable String id, @PathVariable long action, @PathVariable long line, Principal principal) {
        Target t = target(id, action, principal);
        writes.deleteBudget(t, line, principal.getName());
        return back(t, "budget");
    }

    @PostMapping(PAGE + "/jalons")
    String milestone(
            @PathVariable String id,
            @PathVariable long action,
            @RequestParam Map<String, String> f,
            Principal principal) {
        Target t = target(id, action, principal);
        writes.milestone(t, f::get, principal.getName());
        return back(t, "jalons");
    }

    @PostMapping(PAGE + "/jalons/{milestone}/atteint")
    String milestoneDone(
            @PathVariable String id,
            @PathVariable long action,
            @PathVariable long milestone,
            @RequestParam Map<String, String> f,
            Principal principal) {
        Target t = target(id, action, principal);
        writes.milestoneDone(t, milestone, f::get, principal.getName());
        return back(t, "jalons");
    }

    @PostMapping(PAGE + "/indicateurs")
    String indicator(
            @PathVariable String id,
            @PathVariable long action,
            @RequestParam Map<String, String> f,
            Principal principal) {
        Target t = target(id, action, principal);
        writes.indicator(t, f::get, principal.getName());
        return back(t, "indicateurs");
    }

    @PostMapping(PAGE + "/indicateurs/{indicator}/points")
    String point(
            @PathVariable String id,
            @PathVariable long action,
            @PathVariable long indicator,
            @RequestParam Map<String, String> f,
            Principal principal) {
        Target t = target(id, action, principal);
        writes.point(t, indicator, f::get, principal.getName());
        return back(t, "indicateurs");
    }

    @PostMapping(PAGE + "/notes")
    String note(
            @PathVariable String id,
            @PathVariable long action,
            @RequestParam Map<String, String> f,
            Principal principal) {
        Target t = target(id, action, principal);
        writes.note(t, f::get, principal.getName());
        return back(t, "notes");
    }

    /** Removes the action and its sub-actions (editors only), then back to the plan, which says it from the history. */
    @PostMapping(PAGE + "/suppression")
    String remove(
            @PathVariable String id,
            @PathVariable long action,
            @RequestParam Map<String, String> f,
            Principal principal) {
        TerritorySummary territory = territory(id);
        access.editor(principal, territory.id(), true);
        PlanAction current = plans.require(territory.id(), action);
        plans.remove(current, formVersion(f), principal.getName());
        return "redirect:/territoires/" + territory.id() + "/plan?retiree=" + current.id() + "#retrait-fait";
    }

    /** A refused form: the page again, each bad field named (400) or the newer version shown (409). */
    @ExceptionHandler({InvalidFieldsException.class, ConflictException.class})
    String refused(
            UserInputException e,
            HttpServletRequest request,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        @SuppressWarnings("unchecked")
        Map<String, String> vars =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        boolean conflict = e instanceof ConflictException;
        response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        model.addAttribute("error", e.getMessage());
        model.addAttribute("errors", e instanceof InvalidFieldsException f ? f.fields() : Map.of());
        if (!conflict && request.getRequestURI().endsWith("/actions/" + vars.get("action")))
            model.addAttribute("input", PlanForms.action(form(request)));
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return show(vars.get("id"), Long.parseLong(vars.get("action")), principal, csrf, model);
    }

    /** The version a form was read at (its hidden field {@code version}). */
    private static int formVersion(Map<String, String> form) {
        return PlanDates.version(null, PlanBodies.number(Map.<String, Object>copyOf(form), "version"));
    }

    private static MultiValueMap<String, String> form(HttpServletRequest request) {
        MultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        request.getParameterMap().forEach((k, v) -> form.put(k, java.util.List.of(v)));
        return form;
    }

    private static String back(Target t, String anchor) {
        return "redirect:/territoires/" + t.territory().id() + "/plan/actions/"
                + t.action().id() + "#" + anchor;
    }

    private Target target(String id, long actionId, Principal principal) {
        return writes.target(territory(id), actionId, principal, true);
    }

    private TerritorySummary territory(String id) {
        return territories
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Territoire inconnu : " + id));
    }
}
