package fr.resilience360.report.cahier;

import fr.resilience360.comparison.Quartiles;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.territory.typology.ResilienceType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The key indicators of the cahiers: for each, its latest period's values of every EPCI read once, then their
 * quartiles over each type's EPCI beside the median of all. An indicator the observatory lacks is left out.
 */
@Component
class KeyIndicators {

    /** Poverty, unemployment, ageing, access to care, housing, energy, heat, risks: what the cahiers' issues rest on. */
    static final List<String> IDS = List.of(
            "taux_pauvrete",
            "taux_chomage_15_64",
            "part_pop_75_plus",
            "medecins_generalistes_pour_10000",
            "part_logements_vacants",
            "part_dpe_f_g",
            "climat_jours_35",
            "nombre_risques_majeurs");

    private final Observatory observatory;

    KeyIndicators(Observatory observatory) {
        this.observatory = observatory;
    }

    Map<ResilienceType, List<TypeCahier.IndicatorSpread>> of(Map<ResilienceType, Set<String>> members) {
        Map<ResilienceType, List<TypeCahier.IndicatorSpread>> out = new EnumMap<>(ResilienceType.class);
        for (ResilienceType type : ResilienceType.values()) out.put(type, new ArrayList<>());
        for (String id : IDS) {
            Optional<Indicator> indicator = observatory.indicator(id);
            List<ObservationPeriod> periods = observatory.periods(id);
            if (indicator.isEmpty() || periods.isEmpty()) continue;
            ObservationPeriod period = periods.get(periods.size() - 1);
            Map<String, Double> values = observatory.valuesAt(id, period, TerritoryType.EPCI);
            Optional<Quartiles> all = quartiles(values, null);
            String source = observatory
                    .dataset(indicator.get().datasetId())
                    .map(d -> d.title())
                    .orElse(indicator.get().datasetId());
            members.forEach((type, ids) -> quartiles(values, ids)
                    .ifPresent(q -> out.get(type)
                            .add(new TypeCahier.IndicatorSpread(
                                    indicator.get().label(),
                                    indicator.get().unit(),
                                    period.toString(),
                                    source,
                                    q.n(),
                                    q.q1(),
                                    q.median(),
                                    q.q3(),
                                    all.map(Quartiles::median).orElse(null)))));
        }
        return out;
    }

    private static Optional<Quartiles> quartiles(Map<String, Double> values, Set<String> among) {
        return Quartiles.of(values.entrySet().stream()
                .filter(e -> among == null || among.contains(e.getKey()))
                .filter(e -> e.getValue() != null)
                .mapToDouble(Map.Entry::getValue)
                .toArray());
    }
}
