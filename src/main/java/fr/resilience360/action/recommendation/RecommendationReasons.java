package fr.resilience360.action.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An action's reason as one French sentence with its figures in French format, e.g. « Le besoin « Se nourrir » obtient
 * 0,32 et est le 2e besoin le plus touché au stress test (canicule, sécheresse et inondation) ; les habitants le
 * perçoivent à 0,41 ; la ligne « Existence d'un Projet Alimentaire Territorial » est à 0 : cette action est l'une
 * des 5 qui l'améliorent. » Plain Java.
 */
final class RecommendationReasons {

    private RecommendationReasons() {}

    /**
     * @param scored the action, the need its reason names, its weak rows and exposing hazards
     * @param improving how many actions of the catalogue improve that need
     * @param scenario the hazards of the stress test that ranks the most hit needs, in words
     */
    static String reason(ActionRanking.Scored scored, int improving, List<String> scenario) {
        NeedWeakness.Need need = scored.need();
        if (need == null) return "Cette action n'améliore aucun besoin noté du territoire.";
        List<String> clauses = new ArrayList<>();
        String first = "Le besoin « " + need.name() + " » "
                + (need.score() == null ? "n'a pas encore de score" : "obtient " + decimal(need.score()));
        if (need.hitRank() > 0)
            first += " et est " + hitRank(need.hitRank()) + " au stress test"
                    + (scenario.isEmpty() ? "" : " (" + list(scenario) + ")");
        clauses.add(first);
        if (need.perception() != null) clauses.add("les habitants le perçoivent à " + decimal(need.perception()));
        if (!scored.rows().isEmpty()) {
            ActionRanking.RowNote row = scored.rows().get(0);
            clauses.add("la ligne « " + row.label() + " » est à " + decimal(row.note()));
        }
        if (!scored.hazards().isEmpty())
            clauses.add("l'action réduit " + (scored.hazards().size() == 1 ? "l'aléa " : "les aléas ")
                    + list(scored.hazards().stream()
                            .map(ActionRanking.Hazard::label)
                            .toList())
                    + ", parmi les plus exposants du territoire");
        return String.join(" ; ", clauses) + " : "
                + (improving <= 1
                        ? "c'est la seule action du catalogue qui l'améliore."
                        : "cette action est l'une des " + improving + " qui l'améliorent.");
    }

    /** « le besoin le plus touché », « le 2e besoin le plus touché »… */
    static String hitRank(int rank) {
        return rank == 1 ? "le besoin le plus touché" : "le " + rank + "e besoin le plus touché";
    }

    /** A figure as French readers write it: « 0 », « 1 », « 0,32 » (two decimals otherwise). */
    static String decimal(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded)) return String.valueOf((long) rounded);
        return String.format(Locale.FRANCE, "%.2f", rounded);
    }

    /** « a », « a et b », « a, b et c », each label starting in lower case unless it is an acronym. */
    static String list(List<String> labels) {
        List<String> words = labels.stream().map(RecommendationReasons::lower).toList();
        if (words.size() <= 1) return String.join("", words);
        return String.join(", ", words.subList(0, words.size() - 1)) + " et " + words.get(words.size() - 1);
    }

    private static String lower(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) return label;
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
