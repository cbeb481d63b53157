package fr.resilience360.survey;

import fr.resilience360.account.Action;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The synthesis of a survey, for the members of its territory, with the filters of the synthesis page. */
@RestController
@Tag(name = "Enquêtes")
class SynthesisApiController {

    private final Surveys surveys;
    private final StoredAnswerRepository answers;
    private final SurveyAccess access;

    SynthesisApiController(Surveys surveys, StoredAnswerRepository answers, SurveyAccess access) {
        this.surveys = surveys;
        this.answers = answers;
        this.access = access;
    }

    @Operation(
            summary = "Synthèse d'une enquête, même ouverte (membres du territoire, jeton d'API ou session)",
            description = "Filtres facultatifs : du, au (AAAA-MM-JJ), source (web, papier), benevole, reponse"
                    + " (code:valeur).")
    @GetMapping("/api/v1/enquetes/{id:\\d+}/synthese")
    Map<String, Object> synthesis(@PathVariable long id, @ModelAttribute AnswerFilter filter) {
        Survey survey = surveys.byId(id);
        access.require(
                survey.territoryId(), Action.READ_DRAFTS, "Seuls les membres du territoire lisent cette synthèse.");
        var kept = filter.apply(answers.of(id), survey.questionnaire());
        return Synthesis.of(survey, kept.stream().map(StoredAnswer::answers).toList());
    }
}
