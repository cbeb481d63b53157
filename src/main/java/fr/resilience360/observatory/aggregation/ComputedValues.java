package fr.resilience360.observatory.aggregation;

import fr.resilience360.observatory.ActorType;
import fr.resilience360.observatory.AggregationRule;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.ValueMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes the values that are not published, in memory on the {@link CommuneGrid}: aggregates of communes for every
 * larger territory with each indicator's rule (a value published at the territory's own level wins), ratios per
 * inhabitant at every level, and numbers of risk families. Coverage below {@link #FULL_COVERAGE} is flagged.
 */
final class ComputedValues {

    static final double FULL_COVERAGE = 0.995;

    private final CommuneGrid grid;
    private final Set<String> published;
    private final Map<String, String> labels;
    private final Function<String, CommuneValues> communeValues;
    private final Map<String, Map<String, Map<String, Double>>> levelValues = new HashMap<>();
    private final List<IndicatorValue> rows = new ArrayList<>();

    ComputedValues(
            CommuneGrid grid,
            Set<String> published,
            Map<String, String> labels,
            Function<String, CommuneValues> communeValues) {
        this.grid = grid;
        this.published = published;
        this.labels = labels;
        this.communeValues = communeValues;
    }

    List<IndicatorValue> rows() {
        return rows;
    }

    /** Aggregates the communes' values of an indicator for every larger territory, period by period. */
    void aggregate(AggregationRepository.Catalogued c) {
        CommuneValues values = communeValues.apply(c.id());
        String detail = AggregationDetails.of(c, labels);
        for (var entry : values.byPeriod().entrySet()) {
            String period = entry.getKey();
            double[] weights = c.rule() == AggregationRule.MOYENNE_PONDEREE ? weights(c.weight(), period) : null;
            Map<String, Double> results = new HashMap<>();
            for (var parent : grid.members().entrySet()) {
                MemberAggregation.Result r = MemberAggregation.aggregate(
                        c.rule(), parent.getValue(), entry.getValue(), weights, grid.population(), 1);
                if (r == null) continue;
                results.put(parent.getKey(), r.value());
                if (isPublished(c, period, parent.getKey())) continue;
                List<String> flags = new ArrayList<>(coverageFlags(r.coverage()));
                if (values.anySmoothed(period, parent.getValue())) flags.add("lisse");
                add(c, period, parent.getKey(), r.value(), ValueMethod.AGREGE, detail, r.coverage(), flags);
            }
            levelValues.computeIfAbsent(c.id(), k -> new HashMap<>()).put(period, results);
        }
    }

    /** A count per inhabitants: for each commune, and for each larger territory as a ratio of sums. */
    void ratio(AggregationRepository.Catalogued c) {
        String numerator = c.components().get(0);
        double factor = c.factor() == null ? 1 : c.factor();
        String detail = AggregationDetails.ratio(numerator, factor, labels);
        double[] population = grid.population();
        for (var entry : communeValues.apply(numerator).byPeriod().entrySet()) {
            double[] num = entry.getValue();
            for (int i = 0; i < num.length; i++)
                if (!Double.isNaN(num[i]) && population[i] > 0)
                    add(
                            c,
                            entry.getKey(),
                            grid.ids()[i],
                            num[i] / population[i] * factor,
                            ValueMethod.CALCULE,
                            detail,
                            null,
                            List.of());
            for (var parent : grid.members().entrySet()) {
                MemberAggregation.Result r = MemberAggregation.aggregate(
                        AggregationRule.RATIO, parent.getValue(), num, population, population, factor);
                if (r == null || isPublished(c, entry.getKey(), parent.getKey())) continue;
                add(
                        c,
                        entry.getKey(),
                        parent.getKey(),
                        r.value(),
                        ValueMethod.CALCULE,
                        detail,
                        r.coverage(),
                        coverageFlags(r.coverage()));
            }
        }
    }

    /** A commune counts the families flagged; a larger territory those flagged in at least one of its communes. */
    void families(AggregationRepository.Catalogued c) {
        String first = c.components().get(0);
        String detail = AggregationDetails.families(c.components().size());
        for (String period : communeValues.apply(first).byPeriod().keySet()) {
            for (int i = 0; i < grid.ids().length; i++) {
                double count = 0;
                boolean known = true;
                for (String component : c.components()) {
                    double[] v = communeValues.apply(component).byPeriod().get(period);
                    if (v == null || Double.isNaN(v[i])) known = false;
                    else if (v[i] >= 1) count++;
                }
                if (known) add(c, period, grid.ids()[i], count, ValueMethod.CALCULE, detail, null, List.of());
            }
            Map<String, Double> firstLevel = level(first, period);
            for (var parent : grid.members().entrySet()) {
                if (!firstLevel.containsKey(parent.getKey())) continue;
                double count = c.components().stream()
                        .map(component -> level(component, period).get(parent.getKey()))
                        .filter(v -> v != null && v >= 1)
                        .count();
                MemberAggregation.Result cover = MemberAggregation.aggregate(
                        AggregationRule.MAX,
                        parent.getValue(),
                        communeValues.apply(first).byPeriod().get(period),
                        null,
                        grid.population(),
                        1);
                add(
                        c,
                        period,
                        parent.getKey(),
                        count,
                        ValueMethod.CALCULE,
                        detail,
                        cover.coverage(),
                        coverageFlags(cover.coverage()));
            }
        }
    }

    private Map<String, Double> level(String indicator, String period) {
        return levelValues.getOrDefault(indicator, Map.of()).getOrDefault(period, Map.of());
    }

    private boolean isPublished(AggregationRepository.Catalogued c, String period, String territory) {
        return published.contains(c.id() + '|' + period + '|' + territory);
    }

    private static List<String> coverageFlags(double coverage) {
        return coverage < FULL_COVERAGE ? List.of("couverture_partielle") : List.of();
    }

    /** The weights of a weighted mean: the population, or the closest vintage of the weighting indicator. */
    private double[] weights(String weight, String period) {
        if (weight == null || weight.equals("population")) return grid.population();
        Map<String, double[]> byPeriod = communeValues.apply(weight).byPeriod();
        if (byPeriod.containsKey(period)) return byPeriod.get(period);
        int year = ObservationPeriod.parse(period).year();
        // the closest vintage of the weight, preferring the latest: weights move slowly
        return byPeriod.entrySet().stream()
                .min((a, b) -> {
                    int da = Math.abs(ObservationPeriod.parse(a.getKey()).year() - year);
                    int db = Math.abs(ObservationPeriod.parse(b.getKey()).year() - year);
                    return da != db ? Integer.compare(da, db) : b.getKey().compareTo(a.getKey());
                })
                .map(Map.Entry::getValue)
                .orElse(grid.population());
    }

    private void add(
            AggregationRepository.Catalogued c,
            String period,
            String territory,
            double value,
            ValueMethod method,
            String detail,
            Double coverage,
            List<String> flags) {
        rows.add(new IndicatorValue(
                new IndicatorValue.Key(
                        territory, c.id(), ObservationPeriod.parse(period), ActorType.fromCode(c.actor())),
                value,
                new IndicatorValue.Provenance(method, detail, coverage, flags, c.dataset())));
    }
}
