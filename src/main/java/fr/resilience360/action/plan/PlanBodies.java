package fr.resilience360.action.plan;

import fr.resilience360.shared.InvalidFieldsException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** Reads the API's JSON bodies: an unknown field is named (400), never silently ignored. */
final class PlanBodies {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private PlanBodies() {}

    /** The action's fields of a body, without {@code catalogue}, {@code parent} and {@code version}. */
    static ActionInput action(Map<String, Object> body) {
        if (body == null) return ActionInput.EMPTY;
        Map<String, Object> fields = new HashMap<>(body);
        fields.remove("catalogue");
        fields.remove("parent");
        fields.remove("version");
        try {
            return JSON.convertValue(fields, ActionInput.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidFieldsException(
                    "Champ inconnu.", Map.of(e.getPropertyName(), "Ce champ n'existe pas dans une action du plan."));
        } catch (JacksonException e) {
            throw new InvalidFieldsException(
                    "Corps illisible.", Map.of("corps", "Corps JSON illisible : " + e.getOriginalMessage()));
        }
    }

    /** A text value of a body (a number is read as its text), null when absent. */
    static String text(Map<String, Object> body, String field) {
        Object value = body == null ? null : body.get(field);
        return value == null ? null : String.valueOf(value);
    }

    /** A whole number of a body, null when absent; 400 naming the field when it is something else. */
    static Long number(Map<String, Object> body, String field) {
        String text = text(body, field);
        if (text == null || text.isBlank()) return null;
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldsException(
                    "Nombre attendu.", Map.of(field, "Nombre entier attendu : « " + text + " »."));
        }
    }
}
