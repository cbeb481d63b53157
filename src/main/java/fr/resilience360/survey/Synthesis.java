package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthesis of a survey's answers, computed while it is open: {@code total} stored responses, and per question
 * the number of answers, each choice's count (a multiple choice counted per option, never per combination), the
 * mean of a scale or a number (with the spread of a scale, the median, smallest and largest number), the mean rank of each option of a ranking, and for texts
 * only their count. Plain Java.
 */
final class Synthesis {

    private Synthesis() {}

    static Map<String, Object> of(Survey survey, List<Map<String, Object>> responses) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question q : survey.questionnaire().questions().values()) questions.add(question(q, responses));
        Map<String, Object> synthesis = new LinkedHashMap<>();
        synthesis.put("enquete", survey.id());
        synthesis.put("territoire", survey.territoryId());
        synthesis.put("modele", survey.template());
        synthesis.put("version", survey.questionnaire().version());
        synthesis.put("total", responses.size());
        synthesis.put("questions", questions);
        return synthesis;
    }

    private static Map<String, Object> question(Question q, List<Map<String, Object>> responses) {
        List<Object> values = responses.stream()
                .map(r -> r.get(q.code()))
                .filter(v -> v != null)
                .toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", q.code());
        out.put("type", q.type());
        out.put("libelle", q.libelle());
        out.put("reponses", values.size());
        switch (q.type()) {
            case ECHELLE -> {
                out.put("moyenne", mean(values));
                out.put("repartition", scaleCounts(values));
            }
            case NOMBRE -> {
                out.put("moyenne", mean(values));
                out.putAll(spread(values));
            }
            case CHOIX_UNIQUE, CHOIX_MULTIPLE -> {
                out.put("choix", choiceCounts(q, values));
                if (q.autre()) out.put("textes_autre", countOf(responses, q.code() + AnswerCheck.OTHER_SUFFIX));
            }
            case CLASSEMENT -> {
                out.put("choix", choiceCounts(q, values));
                out.put("rang_moyen", meanRanks(q, values));
            }
            case TEXTE_COURT, TEXTE_LONG -> {}
        }
        return out;
    }

    private static Double mean(List<Object> values) {
        if (values.isEmpty()) return null;
        double sum =
                values.stream().mapToDouble(v -> ((Number) v).doubleValue()).sum();
        return round(sum / values.size());
    }

    /** The median, smallest and largest of numbers ({@code null} without answers). */
    private static Map<String, Object> spread(List<Object> values) {
        double[] sorted = values.stream()
                .mapToDouble(v -> ((Number) v).doubleValue())
                .sorted()
                .toArray();
        Map<String, Object> out = new LinkedHashMap<>();
        int n = sorted.length;
        out.put("mediane", n == 0 ? null : round(n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2));
        out.put("min", n == 0 ? null : sorted[0]);
        out.put("max", n == 0 ? null : sorted[n - 1]);
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Map<String, Integer> scaleCounts(List<Object> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int note = 1; note <= 5; note++) counts.put(Integer.toString(note), 0);
        values.forEach(v -> counts.merge(Long.toString(((Number) v).longValue()), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> choiceCounts(Question q, List<Object> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        q.values().forEach(v -> counts.put(v, 0));
        for (Object value : values) {
            if (value instanceof List<?> chosen) chosen.forEach(c -> counts.merge((String) c, 1, Integer::sum));
            else counts.merge((String) value, 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Double> meanRanks(Question q, List<Object> values) {
        Map<String, Double> ranks = new LinkedHashMap<>();
        for (String option : q.values()) {
            List<Object> positions = new ArrayList<>();
            for (Object value : values) {
                int index = ((List<?>) value).indexOf(option);
                if (index >= 0) positions.add(index + 1);
            }
            ranks.put(option, mean(positions));
        }
        return ranks;
    }

    private static long countOf(List<Map<String, Object>> responses, String key) {
        return responses.stream().filter(r -> r.get(key) != null).count();
    }
}
