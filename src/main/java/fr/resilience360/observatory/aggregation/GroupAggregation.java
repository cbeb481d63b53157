package fr.resilience360.observatory.aggregation;

import fr.resilience360.observatory.AggregationRule;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The values of a group of communes that is no territory of the division (a diagnostic's own group): each indicator
 * aggregated from the group's communes exactly as the recompute aggregates an EPCI's ({@link ComputedValues} on a
 * grid holding the group alone), computed on demand and never stored. Rules that need more than the communes' values
 * give none: {@link AggregationRule#AUCUNE} (published only) and {@link AggregationRule#MOYENNE_SURFACIQUE} (the
 * climate grid's points inside an outline the group does not have).
 */
@Service
public class GroupAggregation {

    /** The territory id the group's values carry. */
    public static final String GROUP = "groupe";

    private final AggregationRepository repository;
    private final TerritoryDirectory directory;

    GroupAggregation(AggregationRepository repository, TerritoryDirectory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    /** Whether the values of a rule can be made for a group from its communes' values alone. */
    public static boolean aggregatesGroups(AggregationRule rule) {
        return rule != AggregationRule.AUCUNE && rule != AggregationRule.MOYENNE_SURFACIQUE;
    }

    /**
     * The latest value of each of these indicators over these communes (ids of communes; others are ignored), by
     * indicator id; an indicator absent has no value there (no commune value, or a rule that cannot aggregate).
     */
    public Map<String, IndicatorValue> latest(Collection<String> communeIds, Collection<String> indicatorIds) {
        List<TerritorySummary> communes = directory.byIds(communeIds).values().stream()
                .filter(t -> t.type() == TerritoryType.COMMUNE)
                .sorted(Comparator.comparing(TerritorySummary::id))
                .toList();
        if (communes.isEmpty()) return Map.of();
        CommuneGrid grid = CommuneGrid.group(GROUP, communes);
        List<AggregationRepository.Catalogued> catalogue = repository.catalogue();
        Map<String, AggregationRepository.Catalogued> byId =
                catalogue.stream().collect(Collectors.toMap(AggregationRepository.Catalogued::id, c -> c));
        Map<String, CommuneValues> cache = new HashMap<>();
        ComputedValues computed = new ComputedValues(
                grid,
                Set.of(),
                AggregationRepository.labels(catalogue),
                id -> cache.computeIfAbsent(id, k -> repository.communeValuesOfGrid(k, grid)));
        List<AggregationRepository.Catalogued> wanted = indicatorIds.stream()
                .map(byId::get)
                .filter(c -> c != null && aggregatesGroups(c.rule()))
                .toList();
        Set<String> aggregated = new LinkedHashSet<>();
        for (var c : wanted) {
            if (AggregationDetails.aggregates(c.rule())) aggregated.add(c.id());
            // the families counted are those present in the group: their flags are aggregated first
            if (c.rule() == AggregationRule.NOMBRE_FAMILLES) aggregated.addAll(c.components());
        }
        aggregated.stream()
                .map(byId::get)
                .filter(c -> c != null && AggregationDetails.aggregates(c.rule()))
                .forEach(computed::aggregate);
        for (var c : wanted) {
            if (c.rule() == AggregationRule.RATIO) computed.ratio(c);
            if (c.rule() == AggregationRule.NOMBRE_FAMILLES) computed.families(c);
        }
        return latestOfGroup(computed.rows(), Set.copyOf(indicatorIds), communes.size());
    }

    private static Map<String, IndicatorValue> latestOfGroup(
            List<IndicatorValue> rows, Set<String> wanted, int communes) {
        Map<String, IndicatorValue> latest = new HashMap<>();
        for (IndicatorValue v : rows) {
            if (!v.territoryId().equals(GROUP) || !wanted.contains(v.indicatorId())) continue;
            latest.merge(v.indicatorId(), v, (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b);
        }
        Map<String, IndicatorValue> out = new HashMap<>();
        latest.forEach((id, v) -> out.put(id, ofGroup(v, communes)));
        return out;
    }

    private static IndicatorValue ofGroup(IndicatorValue v, int communes) {
        var p = v.provenance();
        String detail = p.methodDetail() + " (groupe de " + communes + (communes > 1 ? " communes)" : " commune)");
        return new IndicatorValue(
                v.key(),
                v.value(),
                new IndicatorValue.Provenance(
                        p.method(), detail, p.coverage(), new ArrayList<>(p.flags()), p.datasetId()));
    }
}
