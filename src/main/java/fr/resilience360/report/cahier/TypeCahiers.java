package fr.resilience360.report.cahier;

import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.comparison.Quartiles;
import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.PerVersion;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.territory.typology.ResilienceType;
import fr.resilience360.territory.typology.TerritoryTypologies;
import fr.resilience360.territory.typology.Typology;
import fr.resilience360.vulnerability.NationalStressTests;
import fr.resilience360.vulnerability.StressTests;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The six cahiers, computed together once per version of their inputs (typology, pre-filled scores, catalogue) and
 * read by type: one national stress-test run and one read of every EPCI's scores for all six.
 */
@Service
public class TypeCahiers {

    static final int EXAMPLES = 8;
    static final int ACTIONS = 8;

    private final TerritoryTypologies typologies;
    private final ReferenceScores scores;
    private final NationalStressTests stressTests;
    private final StressTests hazards;
    private final Catalogue catalogue;
    private final KeyIndicators indicators;
    private final Observatory observatory;
    private final List<Need> needs;
    private final PerVersion<Map<ResilienceType, TypeCahier>> cahiers = new PerVersion<>();

    TypeCahiers(
            TerritoryTypologies typologies,
            ReferenceScores scores,
            NationalStressTests stressTests,
            StressTests hazards,
            Catalogue catalogue,
            KeyIndicators indicators,
            Observatory observatory,
            Referentials referentials) {
        this.typologies = typologies;
        this.scores = scores;
        this.stressTests = stressTests;
        this.hazards = hazards;
        this.catalogue = catalogue;
        this.indicators = indicators;
        this.observatory = observatory;
        this.needs = referentials.byId(Referentials.DIAG360).needs();
    }

    public TypeCahier of(ResilienceType type) {
        String version =
                typologies.version() + "/" + scores.version() + "/" + catalogue.version() + "/" + observatory.version();
        return cahiers.get(version, this::computeAll).get(type);
    }

    private Map<ResilienceType, TypeCahier> computeAll() {
        Map<String, Map<String, Double>> all = scores.allNeedScores(TerritoryType.EPCI);
        Map<String, List<String>> hardest = HardestHazards.of(stressTests.ofEpcis(), 3);
        Map<String, String> hazardLabels = HardestHazards.labels(hazards);
        String computedAt = scores.provenance()
                .map(p -> p.computedAt().toLocalDate().toString())
                .orElse(null);
        Map<ResilienceType, List<TerritorySummary>> byType = new EnumMap<>(ResilienceType.class);
        Map<ResilienceType, Set<String>> ids = new EnumMap<>(ResilienceType.class);
        for (ResilienceType type : ResilienceType.values()) {
            byType.put(
                    type,
                    typologies.ofType(type, TerritoryType.EPCI).stream()
                            .map(Typology::territory)
                            .toList());
            ids.put(type, byType.get(type).stream().map(TerritorySummary::id).collect(Collectors.toSet()));
        }
        Map<ResilienceType, List<TypeCahier.IndicatorSpread>> keyIndicators = indicators.of(ids);
        Map<ResilienceType, TypeCahier> out = new EnumMap<>(ResilienceType.class);
        for (ResilienceType type : ResilienceType.values()) {
            List<TerritorySummary> members = byType.get(type);
            List<TypeCahier.Frequency> weak = NeedFrequencies.weakest(members, all, needs, 3);
            out.put(
                    type,
                    new TypeCahier(
                            type,
                            members.size(),
                            (int) members.stream()
                                    .filter(m -> all.containsKey(m.id()))
                                    .count(),
                            members.stream()
                                    .mapToLong(m -> m.population() == null ? 0 : m.population())
                                    .sum(),
                            spreads(members, all),
                            weak,
                            NeedFrequencies.count(members, hardest, hazardLabels),
                            members.stream()
                                    .sorted(Comparator.comparing(
                                                    (TerritorySummary m) -> m.population() == null ? 0 : m.population())
                                            .reversed())
                                    .limit(EXAMPLES)
                                    .toList(),
                            actions(weak),
                            keyIndicators.get(type),
                            computedAt));
        }
        return out;
    }

    private List<TypeCahier.NeedSpread> spreads(List<TerritorySummary> members, Map<String, Map<String, Double>> all) {
        Set<String> ids = members.stream().map(TerritorySummary::id).collect(Collectors.toSet());
        return needs.stream()
                .map(need -> {
                    var type = quartiles(all, need, ids);
                    var national = quartiles(all, need, null);
                    return new TypeCahier.NeedSpread(
                            need,
                            type.map(Quartiles::n).orElse(0),
                            type.map(Quartiles::q1).orElse(null),
                            type.map(Quartiles::median).orElse(null),
                            type.map(Quartiles::q3).orElse(null),
                            national.map(Quartiles::median).orElse(null));
                })
                .toList();
    }

    private static java.util.Optional<Quartiles> quartiles(
            Map<String, Map<String, Double>> all, Need need, Set<String> among) {
        return Quartiles.of(all.entrySet().stream()
                .filter(e -> among == null || among.contains(e.getKey()))
                .map(e -> e.getValue().get(need.id()))
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .toArray());
    }

    /** Catalogue actions improving the type's typical weak needs: those serving more of them first. */
    private List<CatalogueAction> actions(List<TypeCahier.Frequency> weak) {
        List<String> top = weak.stream().limit(3).map(TypeCahier.Frequency::id).toList();
        return catalogue.actions().stream()
                .filter(a -> a.needs().stream().anyMatch(top::contains))
                .sorted(Comparator.comparingLong((CatalogueAction a) ->
                                a.needs().stream().filter(top::contains).count())
                        .reversed()
                        .thenComparing(a -> top.indexOf(a.needs().get(0)) < 0
                                ? 99
                                : top.indexOf(a.needs().get(0))))
                .limit(ACTIONS)
                .toList();
    }
}
