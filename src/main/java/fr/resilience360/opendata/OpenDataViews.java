package fr.resilience360.opendata;

import fr.resilience360.observatory.Dataset;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.observatory.RelativePositions;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the documents of the open-data API from the observatory and the division. */
@Component
class OpenDataViews {

    private final Observatory observatory;
    private final RelativePositions positions;
    private final TerritoryDirectory directory;

    OpenDataViews(Observatory observatory, RelativePositions positions, TerritoryDirectory directory) {
        this.observatory = observatory;
        this.positions = positions;
        this.directory = directory;
    }

    List<OpenDataJson.IndicateurJson> catalogue() {
        Map<String, Dataset> datasets = observatory.datasetsById();
        return observatory.indicators().stream()
                .map(i -> OpenDataJson.IndicateurJson.of(i, datasets.get(i.datasetId()), null))
                .toList();
    }

    OpenDataJson.IndicateurJson indicator(Indicator indicator) {
        return OpenDataJson.IndicateurJson.of(
                indicator,
                observatory.dataset(indicator.datasetId()).orElse(null),
                observatory.periods(indicator.id()));
    }

    OpenDataJson.PageValeurs page(String id, TerritoryType level, ObservationPeriod period, int page, int size) {
        List<IndicatorValue> values = observatory.valuesAt(id, period, level, page * size, size);
        Map<String, TerritorySummary> names =
                directory.byIds(values.stream().map(IndicatorValue::territoryId).toList());
        List<OpenDataJson.ValeurNiveau> rows = values.stream()
                .map(v -> {
                    TerritorySummary t = names.get(v.territoryId());
                    return new OpenDataJson.ValeurNiveau(
                            t.id(), t.code(), t.name(), v.value(), v.method().code(), v.coverage(), v.flags());
                })
                .toList();
        return new OpenDataJson.PageValeurs(
                id, level.code(), period.toString(), page, size, positions.count(id, period, level), rows);
    }

    OpenDataJson.DistributionJson distribution(String id, TerritoryType level, ObservationPeriod period) {
        return new OpenDataJson.DistributionJson(
                id,
                level.code(),
                period.toString(),
                positions.distribution(id, period, level).orElse(null));
    }

    OpenDataJson.ValeursTerritoire territoryValues(TerritorySummary territory) {
        Map<String, Indicator> indicators = observatory.indicatorsById();
        Map<String, Dataset> datasets = observatory.datasetsById();
        List<IndicatorValue> latest = observatory.latestOfTerritory(territory.id());
        Map<String, RelativePositions.Position> ranks = positions.positions(territory, latest);
        List<OpenDataJson.ValeurJson> values = latest.stream()
                .map(v -> valeur(v, indicators.get(v.indicatorId()), datasets.get(v.datasetId()), ranks))
                .toList();
        return new OpenDataJson.ValeursTerritoire(OpenDataJson.TerritoireJson.of(territory), values);
    }

    private static OpenDataJson.ValeurJson valeur(
            IndicatorValue v, Indicator i, Dataset d, Map<String, RelativePositions.Position> ranks) {
        return new OpenDataJson.ValeurJson(
                v.indicatorId(),
                i.label(),
                i.unit(),
                v.period().toString(),
                v.value(),
                v.method().code(),
                v.methodDetail(),
                v.coverage(),
                v.flags(),
                d == null ? v.datasetId() : d.title(),
                OpenDataJson.Position.of(ranks.get(v.indicatorId())));
    }
}
