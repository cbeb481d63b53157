package fr.resilience360.survey;

import fr.resilience360.account.Action;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Opening a territory's survey, and the questionnaire of a public link. Answers: {@link ResponseApiController}. */
@RestController
@Tag(name = "Enquêtes", description = "Enquêtes collectives : ouverture, questionnaire, réponses, synthèse")
class SurveyApiController {

    private final Territories territories;
    private final Surveys surveys;
    private final SurveyAccess access;
    private final QuestionnaireBuilder builder;

    SurveyApiController(Territories territories, Surveys surveys, SurveyAccess access, QuestionnaireBuilder builder) {
        this.territories = territories;
        this.surveys = surveys;
        this.access = access;
        this.builder = builder;
    }

    @Operation(
            summary = "Ouvre une enquête du territoire à partir d'un modèle ({\"modele\": \"habitants\"}, elus,"
                    + " entreprises) ou d'un questionnaire complet (avec ses sections) ; éditeur ou administrateur du"
                    + " territoire")
    @PostMapping("/api/v1/territoires/{code}/enquetes")
    ResponseEntity<CreatedSurvey> create(@PathVariable String code, @RequestBody(required = false) String json) {
        TerritorySummary territory = territories.require(code);
        String by = access.require(
                territory.id(), Action.EDIT_DIAGNOSTICS, "Seuls les éditeurs du territoire ouvrent une enquête.");
        Questionnaire body = json == null || json.isBlank() ? null : read(json);
        CreatedSurvey created = body != null && !body.sections().isEmpty()
                ? builder.openWith(territory, body, by)
                : surveys.create(territory, body == null ? null : body.modele(), by);
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    /** The body as a questionnaire (read like a stored one: absent flags are false). */
    private static Questionnaire read(String json) {
        try {
            return SurveyJson.questionnaire(json);
        } catch (tools.jackson.core.JacksonException e) {
            throw new fr.resilience360.shared.BadParameterException(
                    "modele",
                    "Le corps doit être {\"modele\": \"habitants\"} ou un questionnaire : " + e.getOriginalMessage());
        }
    }

    @Operation(summary = "Le questionnaire d'une enquête ouverte, par le jeton de son lien public")
    @GetMapping("/api/v1/enquetes/{token}")
    Questionnaire questionnaire(@PathVariable String token) {
        return surveys.open(token).questionnaire();
    }
}
