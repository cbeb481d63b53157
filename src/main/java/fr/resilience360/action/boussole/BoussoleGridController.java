package fr.resilience360.action.boussole;

import static fr.resilience360.action.boussole.BoussoleListController.assessment;
import static fr.resilience360.action.boussole.BoussoleListController.territory;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One assessment's grid ({@code /territoires/{id}/boussole/{n}}, {@code …/nouvelle}): the 18 levers with their answers
 * and comments, the radar and table of the 6 principles, the levers to strengthen. A form posted with {@code apercu}
 * is shown again with its results, not saved. Who may do what: {@link BoussoleAccess}.
 */
@Controller
class BoussoleGridController {

    private final Territories territories;
    private final BoussoleAssessments assessments;
    private final BoussoleAccess access;
    private final BoussolePages pages;

    BoussoleGridController(
            Territories territories, BoussoleAssessments assessments, BoussoleAccess access, BoussolePages pages) {
        this.territories = territories;
        this.assessments = assessments;
        this.access = access;
        this.pages = pages;
    }

    @GetMapping("/territoires/{id}/boussole/nouvelle")
    String blank(@PathVariable String id, Principal principal, CsrfToken csrf, Model model) {
        TerritorySummary territory = territory(territories, id);
        access.creator(principal, territory.id(), true);
        csrf.getToken(); // the session holding it is created before a long page commits the response
        pages.grid(model, BoussoleForm.blank(), null, Map.of());
        return page(model, territory, null, true);
    }

    @GetMapping("/territoires/{id}/boussole/{assessment}")
    String show(
            @PathVariable String id, @PathVariable long assessment, Principal principal, CsrfToken csrf, Model model) {
        TerritorySummary territory = territory(territories, id);
        Rights rights = access.reader(principal, territory.id(), true);
        csrf.getToken(); // the session holding it is created before a long page commits the response
        Assessment shown = assessment(assessments, territory, assessment);
        pages.grid(model, BoussoleForm.of(shown), shown.grid(), Map.of());
        model.addAttribute("mayDelete", BoussoleAccess.mayDelete(rights));
        return page(model, territory, shown, BoussoleAccess.mayEdit(rights, shown));
    }

    @PostMapping("/territoires/{id}/boussole")
    String create(
            @PathVariable String id,
            @RequestParam Map<String, String> params,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        TerritorySummary territory = territory(territories, id);
        access.creator(principal, territory.id(), true);
        BoussoleForm form = BoussoleForm.of(params);
        try {
            if (params.containsKey("apercu")) return preview(model, territory, null, form);
            long created = assessments.create(territory, form.input(), principal.getName());
            return "redirect:/territoires/" + territory.id() + "/boussole/" + created + "?enregistre";
        } catch (InvalidFieldsException e) {
            return refused(model, territory, null, form, e, response);
        }
    }

    @PostMapping("/territoires/{id}/boussole/{assessment}")
    String update(
            @PathVariable String id,
            @PathVariable long assessment,
            @RequestParam Map<String, String> params,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        TerritorySummary territory = territory(territories, id);
        Rights rights = access.member(principal, territory.id(), true);
        Assessment edited = assessment(assessments, territory, assessment);
        access.editor(rights, edited);
        BoussoleForm form = BoussoleForm.of(params);
        try {
            if (params.containsKey("apercu")) return preview(model, territory, edited, form);
            assessments.update(edited, form.input(), principal.getName());
            return "redirect:/territoires/" + territory.id() + "/boussole/" + assessment + "?enregistre";
        } catch (InvalidFieldsException e) {
            return refused(model, territory, edited, form, e, response);
        }
    }

    private String preview(Model model, TerritorySummary territory, Assessment assessment, BoussoleForm form) {
        pages.grid(model, form, form.input().grid(), Map.of());
        model.addAttribute("preview", true);
        return page(model, territory, assessment, true);
    }

    private String refused(
            Model model,
            TerritorySummary territory,
            Assessment assessment,
            BoussoleForm form,
            InvalidFieldsException e,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        pages.grid(model, form, null, e.fields());
        model.addAttribute("error", e.getMessage());
        return page(model, territory, assessment, true);
    }

    private static String page(Model model, TerritorySummary territory, Assessment assessment, boolean mayEdit) {
        model.addAttribute("territory", territory);
        model.addAttribute("assessment", assessment);
        model.addAttribute("mayEdit", mayEdit);
        return "action/boussole-grid";
    }
}
