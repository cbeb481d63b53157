package fr.resilience360.survey;

import fr.resilience360.account.Action;
import fr.resilience360.shared.BadParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cross-tabulation of two closed questions of a survey, for the members of its territory, with the synthesis'
 * filters: the page's table as JSON, hidden cells and totals as {@code null} (never a count under 5).
 */
@RestController
@Tag(name = "Enquêtes")
class CrossTabApiController {

    private final Surveys surveys;
    private final StoredAnswerRepository answers;
    private final SurveyAccess access;

    CrossTabApiController(Surveys surveys, StoredAnswerRepository answers, SurveyAccess access) {
        this.surveys = surveys;
        this.answers = answers;
        this.access = access;
    }

    @Operation(summary = "Tableau croisé de deux questions fermées d'une enquête (membres du territoire)")
    @GetMapping("/api/v1/enquetes/{id:\\d+}/croisement")
    Map<String, Object> crossTab(
            @PathVariable long id,
            @RequestParam(required = false) String ligne,
            @RequestParam(required = false) String colonne,
            @ModelAttribute AnswerFilter filter) {
        Survey survey = surveys.byId(id);
        access.require(
                survey.territoryId(), Action.READ_DRAFTS, "Seuls les membres du territoire lisent cette synthèse.");
        Questionnaire questionnaire = survey.questionnaire();
        String problem = CrossTab.problem(questionnaire, ligne, colonne);
        if (problem != null) throw new BadParameterException("colonne", problem);
        var kept = filter.apply(answers.of(id), questionnaire);
        return json(CrossTab.of(
                questionnaire.questions().get(ligne),
                questionnaire.questions().get(colonne),
                kept.stream().map(StoredAnswer::answers).toList()));
    }

    private static Map<String, Object> json(CrossTab tab) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (int c = 0; c < tab.columns().size(); c++)
            columns.add(entry(
                    tab.columnValues().get(c),
                    tab.columns().get(c),
                    tab.columnTotals().get(c)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CrossTab.Row row : tab.rows()) {
            Map<String, Object> json = entry(row.value(), row.label(), row.total());
            json.put("cases", row.cells());
            rows.add(json);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ligne", tab.rowQuestion().code());
        out.put("colonne", tab.columnQuestion().code());
        out.put("seuil", SmallCells.THRESHOLD);
        out.put("repondants", tab.respondents());
        out.put("colonnes", columns);
        out.put("lignes", rows);
        return out;
    }

    private static Map<String, Object> entry(String value, String label, Integer total) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("valeur", value);
        json.put("libelle", label);
        json.put("total", total);
        return json;
    }
}
