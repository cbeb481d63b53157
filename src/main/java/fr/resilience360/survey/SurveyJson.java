package fr.resilience360.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of questionnaire snapshots and answer documents as stored in PostgreSQL ({@code jsonb}). */
final class SurveyJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SurveyJson() {}

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static Questionnaire questionnaire(String json) {
        return JSON.readValue(json, Questionnaire.class);
    }

    static Map<String, Object> answers(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    /** A draft's form fields: name → values. */
    static Map<String, java.util.List<String>> fields(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, java.util.List<String>>>() {});
    }
}
