package fr.resilience360.survey;

import fr.resilience360.shared.UserInputException;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A territory's surveys for its members ({@link SurveyListPage}), and opening one from a template. */
@Controller
class SurveyListController {

    private final SurveyListPage page;
    private final Surveys surveys;

    SurveyListController(SurveyListPage page, Surveys surveys) {
        this.page = page;
        this.surveys = surveys;
    }

    @GetMapping("/territoires/{id}/enquetes")
    String list(@PathVariable String id, Model model) {
        return page.render(model, page.territory(id), 0, Map.of(), Map.of());
    }

    @PostMapping("/territoires/{id}/enquetes")
    String open(
            @PathVariable String id,
            @RequestParam(name = "modele", defaultValue = "") String template,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        TerritorySummary territory = page.territory(id);
        String by = page.requireEditor(territory.id());
        try {
            CreatedSurvey created = surveys.create(territory, template, by);
            flash.addFlashAttribute(
                    "notice", "Enquête n° " + created.id() + " ouverte : son lien est prêt à diffuser.");
            return "redirect:/territoires/" + territory.id() + "/enquetes#enquete-" + created.id();
        } catch (UserInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("templateError", "Modèle : choisissez l'un des modèles proposés.");
            return page.render(model, territory, 0, Map.of(), Map.of());
        }
    }
}
