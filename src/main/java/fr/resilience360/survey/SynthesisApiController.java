package fr.resilience360.survey;

import fr.resilience360.account.Action;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The synthesis of a survey, for the members of its territory. */
@RestController
@Tag(name = "Enquêtes")
class SynthesisApiController {

    private final Surveys surveys;
    private final SurveyRepository repository;
    private final SurveyAccess access;

    SynthesisApiController(Surveys surveys, SurveyRepository repository, SurveyAccess access) {
        this.surveys = surveys;
        this.repository = repository;
        this.access = access;
    }

    @Operation(summary = "Synthèse d'une enquête, même ouverte (membres du territoire, jeton d'API ou session)")
    @GetMapping("/api/v1/enquetes/{id:\\d+}/synthese")
    Map<String, Object> synthesis(@PathVariable long id) {
        Survey survey = surveys.byId(id);
        access.require(
                survey.territoryId(), Action.READ_DRAFTS, "Seuls les membres du territoire lisent cette synthèse.");
        return Synthesis.of(
                survey, repository.answers(id).stream().map(SurveyJson::answers).toList());
    }
}
