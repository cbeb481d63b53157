package fr.resilience360.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a questionnaire from its YAML file and refuses an incoherent one with a French message naming the template
 * and the question: duplicate or malformed code, choices on a question that takes none (or too few), bounds that
 * cross, an unknown need or hazard, a condition on a later question or on a value it cannot take. Plain Java.
 */
final class QuestionnaireFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private QuestionnaireFiles() {}

    static Questionnaire fromClasspath(String path, Set<String> needs, Set<String> hazards) {
        try (InputStream in = QuestionnaireFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Modèle d'enquête introuvable : " + path);
            return validate(YAML.readValue(in, Questionnaire.class), path, needs, hazards);
        } catch (JacksonException e) {
            throw new IllegalStateException("Modèle d'enquête illisible (" + path + ") : " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Questionnaire validate(Questionnaire q, String source, Set<String> needs, Set<String> hazards) {
        String where = "Modèle d'enquête « " + (q.modele() == null ? source : q.modele()) + " »";
        QuestionnaireRules.check(q, needs, hazards).stream().findFirst().ifPresent(p -> {
            throw new IllegalStateException(where + at(q, p) + " : " + p.rule());
        });
        return q;
    }

    private static String at(Questionnaire q, QuestionnaireRules.Problem p) {
        if (p.question() >= 0) return ", question « " + p.code() + " »";
        if (p.section() >= 0) {
            String title = q.sections().get(p.section()).titre();
            return title == null || title.isBlank() ? "" : ", section « " + title + " »";
        }
        return "";
    }
}
