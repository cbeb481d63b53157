package fr.resilience360.survey;

import fr.resilience360.observatory.ActorType;
import fr.resilience360.observatory.DeclaredIndicatorValues;
import fr.resilience360.observatory.ObservationPeriod;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The « déclaré » indicators a territory may share with the observatory from its élus' and businesses' surveys (issue
 * 11, item 4; catalogue in migration V24, list in {@code docs/surveys.md}): for a scale question, the mean note of
 * 1 to 5; for a key yes/no question, the share in % of those answering yes. A value is given only when at least
 * {@link DeclaredIndicatorValues#MINIMUM_RESPONDENTS} respondents answered its question, and carries their number.
 * Plain Java.
 */
final class SharedIndicators {

    /** How a question's answers make a value. */
    enum Kind {
        MEAN,
        SHARE_YES
    }

    /** An indicator: its observatory id, the template and question it reads, and the answers that mean yes. */
    record Definition(String indicatorId, String template, String question, Kind kind, Set<String> yes) {}

    static final List<Definition> ALL = List.of(
            new Definition("enq_elus_connaissance_risques", "elus", "connaissance_risques", Kind.MEAN, Set.of()),
            new Definition("enq_elus_preparation_crise", "elus", "preparation_collectivite", Kind.MEAN, Set.of()),
            new Definition("enq_elus_crise_geree", "elus", "evenement_recent", Kind.SHARE_YES, Set.of("oui")),
            new Definition(
                    "enq_entreprises_dependance_fournisseur",
                    "entreprises",
                    "dependance_fournisseurs",
                    Kind.MEAN,
                    Set.of()),
            new Definition(
                    "enq_entreprises_dependance_energie", "entreprises", "dependance_energie", Kind.MEAN, Set.of()),
            new Definition(
                    "enq_entreprises_plan_continuite",
                    "entreprises",
                    "plan_continuite",
                    Kind.SHARE_YES,
                    Set.of("oui_teste", "oui_non_teste")),
            new Definition(
                    "enq_entreprises_fournisseur_unique",
                    "entreprises",
                    "fournisseur_unique",
                    Kind.SHARE_YES,
                    Set.of("oui")),
            new Definition(
                    "enq_entreprises_dommages_subis", "entreprises", "dommages_subis", Kind.SHARE_YES, Set.of("oui")));

    /** Whose situation a template's values describe: the élus speak for society, businesses for businesses. */
    private static final Map<String, ActorType> ACTORS =
            Map.of("elus", ActorType.SOCIETE, "entreprises", ActorType.ENTREPRISES);

    private SharedIndicators() {}

    /** The actor type of a template that may be shared; empty for another template (the inhabitants' one). */
    static Optional<ActorType> actorType(String template) {
        return Optional.ofNullable(ACTORS.get(template));
    }

    /** The values of a template's indicators from these answers, for one period; none under the minimum. */
    static List<DeclaredIndicatorValues.Value> values(
            String template, ObservationPeriod period, List<Map<String, Object>> responses) {
        return ALL.stream()
                .filter(d -> d.template().equals(template))
                .flatMap(d -> value(d, period, responses).stream())
                .toList();
    }

    private static Optional<DeclaredIndicatorValues.Value> value(
            Definition d, ObservationPeriod period, List<Map<String, Object>> responses) {
        List<Object> answers = responses.stream()
                .map(r -> r.get(d.question()))
                .filter(Objects::nonNull)
                .toList();
        int n = answers.size();
        if (n < DeclaredIndicatorValues.MINIMUM_RESPONDENTS) return Optional.empty();
        double value = switch (d.kind()) {
            case MEAN ->
                round(
                        answers.stream()
                                        .mapToDouble(a -> ((Number) a).doubleValue())
                                        .sum()
                                / n,
                        100);
            case SHARE_YES ->
                round(100.0 * answers.stream().filter(d.yes()::contains).count() / n, 10);
        };
        return Optional.of(new DeclaredIndicatorValues.Value(d.indicatorId(), period, value, n));
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
