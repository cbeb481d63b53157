package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One question of the synthesis page, made from the synthesis the API serves (the same numbers): its bars (a choice's
 * count, a note's count, or how often an option was ranked, with its mean rank), its mean, and for a number its
 * median, smallest and largest value; {@code chart} is the JSON the page's chart script draws.
 *
 * @param kind {@code choix}, {@code echelle}, {@code classement}, {@code nombre} or {@code texte}
 */
record QuestionSummary(
        String code,
        String libelle,
        String kind,
        int answers,
        List<Bar> bars,
        Double mean,
        Double median,
        Double min,
        Double max,
        Integer otherTexts,
        String chart) {

    /** A bar: its label, its count, its share of the question's answers (in %), and for a ranking its mean rank. */
    record Bar(String label, int count, long percent, Double meanRank) {}

    @SuppressWarnings("unchecked")
    static QuestionSummary of(Question q, Map<String, Object> synthesis) {
        int answers = (Integer) synthesis.get("reponses");
        Map<String, Integer> counts = (Map<String, Integer>)
                synthesis.getOrDefault(q.type() == QuestionType.ECHELLE ? "repartition" : "choix", Map.of());
        Map<String, Double> ranks = (Map<String, Double>) synthesis.getOrDefault("rang_moyen", Map.of());
        Map<String, String> labels = ChoiceLabels.of(q);
        List<Bar> bars = new ArrayList<>();
        counts.forEach((value, count) -> bars.add(new Bar(
                labels.getOrDefault(value, value),
                count,
                answers == 0 ? 0 : Math.round(100.0 * count / answers),
                ranks.get(value))));
        Object others = synthesis.get("textes_autre");
        return new QuestionSummary(
                q.code(),
                q.libelle(),
                kind(q.type()),
                answers,
                bars,
                (Double) synthesis.get("moyenne"),
                (Double) synthesis.get("mediane"),
                (Double) synthesis.get("min"),
                (Double) synthesis.get("max"),
                others == null ? null : ((Number) others).intValue(),
                bars.isEmpty() ? null : chart(q, bars));
    }

    /** A number as the page writes it: French decimal comma, at most two decimals, « — » when there is none. */
    public String number(Double value) {
        if (value == null) return "—";
        return new java.math.BigDecimal(Double.toString(value))
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',');
    }

    private static String kind(QuestionType type) {
        return switch (type) {
            case ECHELLE -> "echelle";
            case CHOIX_UNIQUE, CHOIX_MULTIPLE -> "choix";
            case CLASSEMENT -> "classement";
            case NOMBRE -> "nombre";
            case TEXTE_COURT, TEXTE_LONG -> "texte";
        };
    }

    private static String chart(Question q, List<Bar> bars) {
        return SurveyJson.write(Map.of(
                "horizontal",
                q.type() != QuestionType.ECHELLE,
                "serie",
                q.type() == QuestionType.CLASSEMENT ? "Citations" : "Réponses",
                "labels",
                bars.stream().map(Bar::label).toList(),
                "valeurs",
                bars.stream().map(Bar::count).toList()));
    }
}
