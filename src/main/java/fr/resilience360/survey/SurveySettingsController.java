package fr.resilience360.survey;

import fr.resilience360.shared.InvalidFieldsException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A survey's settings from its territory's page: dates, editable answers and retention (the page again with an error
 * under each wrong field, nothing written), closing it now, reopening it. Editors and administrators only.
 */
@Controller
class SurveySettingsController {

    private static final List<String> FIELDS = List.of(
            SettingsForm.OPENING, SettingsForm.CLOSING, SettingsForm.RETAIN_UNTIL, SettingsForm.RETENTION_ACTION);

    private final SurveyListPage page;
    private final Surveys surveys;
    private final SurveyAdmin admin;

    SurveySettingsController(SurveyListPage page, Surveys surveys, SurveyAdmin admin) {
        this.page = page;
        this.surveys = surveys;
        this.admin = admin;
    }

    @PostMapping("/enquetes/{id:\\d+}/reglages")
    String settings(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Survey survey = editable(id);
        Map<String, String> fields = new LinkedHashMap<>();
        FIELDS.forEach(name -> fields.put(name, params.getOrDefault(name, "")));
        fields.put(SettingsForm.ALLOW_EDIT, String.valueOf(params.containsKey(SettingsForm.ALLOW_EDIT)));
        try {
            admin.change(survey, fields);
        } catch (InvalidFieldsException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.render(model, page.territory(survey.territoryId()), id, fields, e.fields());
        }
        return done(survey, flash, "Réglages de l'enquête n° " + id + " enregistrés.");
    }

    @PostMapping("/enquetes/{id:\\d+}/fermeture")
    String close(@PathVariable long id, RedirectAttributes flash) {
        Survey survey = editable(id);
        admin.close(survey);
        return done(survey, flash, "Enquête n° " + id + " fermée : elle ne prend plus de réponse.");
    }

    @PostMapping("/enquetes/{id:\\d+}/reouverture")
    String reopen(@PathVariable long id, RedirectAttributes flash) {
        Survey survey = editable(id);
        admin.reopen(survey);
        return done(survey, flash, "Enquête n° " + id + " rouverte.");
    }

    private Survey editable(long id) {
        Survey survey = surveys.byId(id);
        page.requireEditor(survey.territoryId());
        return survey;
    }

    private static String done(Survey survey, RedirectAttributes flash, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/territoires/" + survey.territoryId() + "/enquetes#enquete-" + survey.id();
    }
}
