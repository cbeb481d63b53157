package fr.resilience360.opendata;

import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.observatory.RelativePositions;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** What an indicator's page shows: its levels and periods, distribution, ranking, France value and series. */
@Component
class IndicatorPages {

    /** Levels shown on the national map (bundled boundaries with the overseas départements moved closer). */
    static final List<String> MAP_LEVELS = List.of("epci", "departement", "region");

    static final List<String> LEVEL_ORDER = List.of("region", "departement", "epci", "commune");

    private static final int RANKING = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A territory in a ranking. */
    record Ranked(String territoryId, String code, String name, double value) {}

    private final Observatory observatory;
    private final RelativePositions positions;
    private final TerritoryDirectory directory;

    IndicatorPages(Observatory observatory, RelativePositions positions, TerritoryDirectory directory) {
        this.observatory = observatory;
        this.positions = positions;
        this.directory = directory;
    }

    /** The page's model, or empty when the indicator is unknown or has no value. */
    Optional<Map<String, Object>> model(String id, String niveau, String annee) {
        Indicator indicator = observatory.indicator(id).orElse(null);
        List<ObservationPeriod> periods = indicator == null ? List.of() : observatory.periods(id);
        if (indicator == null || periods.isEmpty()) return Optional.empty();
        ObservationPeriod period = periods.stream()
                .filter(p -> p.toString().equals(annee))
                .findFirst()
                .orElse(periods.get(periods.size() - 1));
        List<String> levels = LEVEL_ORDER.stream()
                .filter(l ->
                        positions.count(id, period, TerritoryType.fromCode(l).orElseThrow()) > 0)
                .toList();
        String level = chooseLevel(levels, niveau);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("indicator", indicator);
        model.put("dataset", observatory.dataset(indicator.datasetId()).orElse(null));
        model.put("periods", periods.stream().map(ObservationPeriod::toString).toList());
        model.put("period", period.toString());
        model.put("levels", levels);
        model.put("level", level);
        model.put("france", observatory.value("FR", id, period).orElse(null));
        model.put("seriesJson", JSON.writeValueAsString(franceSeries(id)));
        model.put("hasMap", level != null && MAP_LEVELS.contains(level));
        addLevel(
                model,
                id,
                period,
                level == null ? null : TerritoryType.fromCode(level).orElseThrow());
        return Optional.of(model);
    }

    /** The level asked for when it has values, else the first level with a national map, else the first. */
    private static String chooseLevel(List<String> levels, String niveau) {
        if (levels.contains(niveau)) return niveau;
        return MAP_LEVELS.stream().filter(levels::contains).findFirst().orElse(levels.isEmpty() ? null : levels.get(0));
    }

    private void addLevel(Map<String, Object> model, String id, ObservationPeriod period, TerritoryType level) {
        Distribution distribution =
                Distribution.of(level == null ? new double[0] : positions.sortedValues(id, period, level));
        model.put("distribution", distribution);
        model.put("binsJson", JSON.writeValueAsString(distribution.histogram(20)));
        model.put("top", level == null ? List.of() : ranking(id, period, level, RANKING, true));
        model.put(
                "bottom",
                level == null || distribution.count() <= RANKING
                        ? List.of()
                        : ranking(id, period, level, Math.min(RANKING, distribution.count() - RANKING), false));
    }

    private List<Ranked> ranking(String id, ObservationPeriod period, TerritoryType level, int limit, boolean high) {
        List<IndicatorValue> values = observatory.ranking(id, period, level, limit, high);
        Map<String, TerritorySummary> names =
                directory.byIds(values.stream().map(IndicatorValue::territoryId).toList());
        return values.stream()
                .filter(v -> names.containsKey(v.territoryId()))
                .map(v -> {
                    TerritorySummary t = names.get(v.territoryId());
                    return new Ranked(t.id(), t.code(), t.name(), v.value());
                })
                .toList();
    }

    private List<Map<String, Object>> franceSeries(String id) {
        return observatory.series("FR", id).stream()
                .map(v -> Map.<String, Object>of("periode", v.period().toString(), "valeur", v.value()))
                .toList();
    }
}
