package fr.resilience360.survey;

import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A territory's questionnaires ({@code /territoires/{id}/questionnaires}) and the copy of a template. */
@Controller
class QuestionnaireListController {

    /** The templates as the page names them. */
    static final Map<String, String> NAMES =
            Map.of("habitants", "habitants", "elus", "élus", "entreprises", "entreprises");

    private final Territories territories;
    private final QuestionnaireBuilder builder;
    private final SurveyTemplates templates;

    QuestionnaireListController(Territories territories, QuestionnaireBuilder builder, SurveyTemplates templates) {
        this.territories = territories;
        this.builder = builder;
        this.templates = templates;
    }

    @GetMapping("/territoires/{id}/questionnaires")
    String list(@PathVariable String id, Model model) {
        TerritorySummary territory = territory(id);
        model.addAttribute("territory", territory);
        model.addAttribute("questionnaires", builder.list(territory));
        model.addAttribute("mayEdit", builder.mayEdit(territory.id()));
        Map<String, String> offered = new LinkedHashMap<>();
        SurveyTemplates.CODES.forEach(
                code -> offered.put(code, templates.require(code).titre()));
        model.addAttribute("templates", offered);
        model.addAttribute("names", NAMES);
        return "survey/questionnaires";
    }

    @PostMapping("/territoires/{id}/questionnaires")
    String copy(@PathVariable String id, @RequestParam(name = "modele", defaultValue = "") String template) {
        long created = builder.copy(territory(id), template);
        return "redirect:/questionnaires/" + created;
    }

    private TerritorySummary territory(String id) {
        return territories
                .find(id)
                .orElseThrow(() -> new NotFoundException("Territoire introuvable", "Aucun territoire " + id + "."));
    }
}
