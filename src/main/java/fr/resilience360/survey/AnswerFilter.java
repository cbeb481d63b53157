package fr.resilience360.survey;

import fr.resilience360.shared.BadParameterException;
import fr.resilience360.survey.Questionnaire.Question;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;

/**
 * The filters of a survey's synthesis and exports, as the URL gives them (so that a filtered view can be shared):
 * received from {@code du} to {@code au} (days in Paris time, both included), {@code source} ({@code web} or
 * {@code papier}), {@code benevole} (who typed the paper answers in), and {@code reponse} = {@code code:valeur} (the
 * question {@code code} was answered {@code valeur}, or a list holding it). Empty parameters filter nothing.
 */
record AnswerFilter(String du, String au, String source, String benevole, String reponse) {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static AnswerFilter none() {
        return new AnswerFilter(null, null, null, null, null);
    }

    /** The responses these filters keep; a parameter that cannot be used is refused, naming it. */
    List<StoredAnswer> apply(List<StoredAnswer> answers, Questionnaire questionnaire) {
        Predicate<StoredAnswer> keep = a -> true;
        if (!blank(du)) {
            Instant from = day("du", du).atStartOfDay(PARIS).toInstant();
            keep = keep.and(a -> !a.receivedAt().isBefore(from));
        }
        if (!blank(au)) {
            Instant until = day("au", au).plusDays(1).atStartOfDay(PARIS).toInstant();
            keep = keep.and(a -> a.receivedAt().isBefore(until));
        }
        if (!blank(source)) {
            if (!source.equals("web") && !source.equals("papier"))
                throw new BadParameterException(
                        "source", "La source est « web » ou « papier » (reçu : « " + source + " »).");
            keep = keep.and(a -> source.equals(a.source()));
        }
        if (!blank(benevole)) keep = keep.and(a -> benevole.equals(a.enteredBy()));
        if (!blank(reponse)) keep = keep.and(answered(questionnaire));
        return answers.stream().filter(keep).toList();
    }

    /** Whether any filter is set. */
    public boolean any() {
        return !blank(du) || !blank(au) || !blank(source) || !blank(benevole) || !blank(reponse);
    }

    /** These filters as URL parameters added to {@code path}. */
    String appendTo(String path) {
        StringBuilder url = new StringBuilder(path);
        add(url, "du", du);
        add(url, "au", au);
        add(url, "source", source);
        add(url, "benevole", benevole);
        add(url, "reponse", reponse);
        return url.toString();
    }

    private Predicate<StoredAnswer> answered(Questionnaire questionnaire) {
        int colon = reponse.indexOf(':');
        String code = colon < 0 ? reponse : reponse.substring(0, colon);
        String value = colon < 0 ? "" : reponse.substring(colon + 1);
        Question question = questionnaire
                .question(code)
                .orElseThrow(() -> new BadParameterException(
                        "reponse", "Question inconnue « " + code + " » : le filtre s'écrit « code:valeur »."));
        return a -> matches(a.answers().get(question.code()), value);
    }

    /** An answer matches a value when it is it, or a list holding it; an empty value matches any answer. */
    static boolean matches(Object answer, String value) {
        if (answer == null) return false;
        if (value.isEmpty()) return true;
        if (answer instanceof List<?> list) return list.stream().anyMatch(v -> text(v).equals(value));
        return text(answer).equals(value);
    }

    /** A value as text: a whole number without decimals ({@code 4}, not {@code 4.0}). */
    static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) return Long.toString(d.longValue());
        return String.valueOf(value);
    }

    private static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "Une date AAAA-MM-JJ est attendue (reçu : « " + value + " »).");
        }
    }

    /** Adds {@code name=value}, form-encoded (a « + » in an address stays a « + »). */
    static void add(StringBuilder url, String name, String value) {
        if (blank(value)) return;
        url.append(url.indexOf("?") < 0 ? '?' : '&').append(name).append('=');
        url.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
