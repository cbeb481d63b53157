package fr.resilience360.report.cahier;

import fr.resilience360.comparison.Quartiles;
import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.PerVersion;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.territory.typology.ResilienceType;
import fr.resilience360.territory.typology.TerritoryTypologies;
import fr.resilience360.territory.typology.Typology;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * What the communes of each type have in common, for a commune's alert sheet (the cahiers are drawn from the EPCI):
 * the median of each need's pre-filled score and the needs most often among their three weakest. Computed for the six
 * types together, once per version of the typology and of the pre-filled scores (one read of every commune's scores),
 * then read by type: a sheet never goes through the country.
 */
@Service
class CommuneTypes {

    /**
     * The communes of a type.
     *
     * @param members communes of the type
     * @param scored of them, those with pre-filled need scores
     * @param medians each need's median score over them, by need id (absent: no commune has a score)
     * @param weakNeeds needs by how many of them have it among their three weakest, most frequent first
     */
    record Figures(int members, int scored, Map<String, Double> medians, List<TypeCahier.Frequency> weakNeeds) {}

    private final TerritoryTypologies typologies;
    private final ReferenceScores scores;
    private final List<Need> needs;
    private final PerVersion<Map<ResilienceType, Figures>> figures = new PerVersion<>();

    CommuneTypes(TerritoryTypologies typologies, ReferenceScores scores, Referentials referentials) {
        this.typologies = typologies;
        this.scores = scores;
        this.needs = referentials.byId(Referentials.DIAG360).needs();
    }

    Figures of(ResilienceType type) {
        return figures.get(typologies.version() + "/" + scores.version(), this::computeAll)
                .get(type);
    }

    private Map<ResilienceType, Figures> computeAll() {
        Map<String, Map<String, Double>> all = scores.allNeedScores(TerritoryType.COMMUNE);
        Map<ResilienceType, Figures> out = new EnumMap<>(ResilienceType.class);
        for (ResilienceType type : ResilienceType.values()) {
            List<TerritorySummary> members = typologies.ofType(type, TerritoryType.COMMUNE).stream()
                    .map(Typology::territory)
                    .toList();
            Map<String, Double> medians = new HashMap<>();
            for (Need need : needs)
                Quartiles.of(members.stream()
                                .map(m -> all.get(m.id()))
                                .filter(Objects::nonNull)
                                .map(s -> s.get(need.id()))
                                .filter(Objects::nonNull)
                                .mapToDouble(Double::doubleValue)
                                .toArray())
                        .ifPresent(q -> medians.put(need.id(), q.median()));
            int scored =
                    (int) members.stream().filter(m -> all.containsKey(m.id())).count();
            out.put(
                    type,
                    new Figures(
                            members.size(),
                            scored,
                            Map.copyOf(medians),
                            NeedFrequencies.weakest(members, all, needs, 3)));
        }
        return out;
    }
}
