package fr.resilience360.survey;

import fr.resilience360.account.Action;
import fr.resilience360.shared.InvalidFieldsException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A survey's settings by the API, the same as its territory's page: {@code PATCH /api/v1/enquetes/{id}} with the
 * fields to change ({@code ouverture}, {@code fermeture} — {@code null} for none —, {@code modification},
 * {@code conservation}, {@code action_conservation}, {@code statut}); editors and administrators of the territory.
 */
@RestController
@Tag(name = "Enquêtes")
class SurveySettingsApiController {

    private static final Set<String> FIELDS = Set.of(
            SettingsForm.OPENING,
            SettingsForm.CLOSING,
            SettingsForm.ALLOW_EDIT,
            SettingsForm.RETAIN_UNTIL,
            SettingsForm.RETENTION_ACTION,
            "statut");

    private final Surveys surveys;
    private final SurveyAccess access;
    private final SurveyAdmin admin;

    SurveySettingsApiController(Surveys surveys, SurveyAccess access, SurveyAdmin admin) {
        this.surveys = surveys;
        this.access = access;
        this.admin = admin;
    }

    @Operation(
            summary = "Règle une enquête (dates, modification des réponses, conservation, statut) ; éditeur ou"
                    + " administrateur du territoire")
    @PatchMapping("/api/v1/enquetes/{id:\\d+}")
    Map<String, Object> change(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body) {
        Survey survey = surveys.byId(id);
        access.require(
                survey.territoryId(), Action.EDIT_DIAGNOSTICS, "Seuls les éditeurs du territoire règlent une enquête.");
        Map<String, String> fields = fields(body == null ? Map.of() : body);
        String status = fields.remove("statut");
        SurveySettings settings = admin.change(survey, fields, status);
        return json(surveys.byId(id), settings);
    }

    private static Map<String, String> fields(Map<String, Object> body) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        body.forEach((name, value) -> {
            if (!FIELDS.contains(name))
                errors.put(name, "champ inconnu ; champs possibles : " + String.join(", ", FIELDS));
            else if (value != null && !(value instanceof String) && !(value instanceof Boolean))
                errors.put(name, "une chaîne (date aaaa-mm-jj, valeur) ou un booléen est attendu");
            else fields.put(name, value == null ? "" : value.toString());
        });
        String status = fields.get("statut");
        if (status != null && !status.equals("ouverte") && !status.equals("fermee"))
            errors.put("statut", "« ouverte » ou « fermee » est attendu");
        if (!errors.isEmpty()) throw new InvalidFieldsException("Champs invalides", errors);
        return fields;
    }

    private static Map<String, Object> json(Survey survey, SurveySettings s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", survey.id());
        json.put("statut", survey.status());
        json.put("ouverte", survey.takesAnswersAt(Instant.now()));
        json.put(SettingsForm.OPENING, s.openingDay().toString());
        json.put(SettingsForm.CLOSING, s.lastDay() == null ? null : s.lastDay().toString());
        json.put(SettingsForm.ALLOW_EDIT, s.allowEdit());
        json.put(SettingsForm.RETAIN_UNTIL, s.retainUntil().toString());
        json.put(SettingsForm.RETENTION_ACTION, s.retentionAction());
        return json;
    }
}
