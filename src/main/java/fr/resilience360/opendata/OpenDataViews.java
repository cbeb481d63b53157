package fr.resilience360.opendata;

import fr.resilience360.observatory.ActorType;
import fr.resilience360.observatory.Dataset;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.observatory.RelativePositions;
import fr.resilience360.observatory.ValueSeries;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    List<OpenDataJson.IndicateurJson> catalogue(Optional<ActorType> actor) {
        Map<String, Dataset> datasets = observatory.datasetsById();
        return observatory.indicators().stream()
                .filter(i -> actor.isEmpty() || i.actorType() == actor.get())
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

    OpenDataJson.ValeursTerritoire territoryValues(TerritorySummary territory, Optional<ActorType> actor) {
        Map<String, Indicator> indicators = observatory.indicatorsById();
        Map<String, Dataset> datasets = observatory.datasetsById();
        List<ValueSeries> series = observatory.seriesOfTerritory(territory.id()).stream()
                .filter(s -> indicators.containsKey(s.indicatorId()))
                .filter(s -> actor.isEmpty() || indicators.get(s.indicatorId()).actorType() == actor.get())
                .sorted(Comparator.comparing(ValueSeries::indicatorId))
                .toList();
        Map<String, RelativePositions.Position> ranks = positions.positions(
                territory, series.stream().map(ValueSeries::latest).toList());
        List<OpenDataJson.ValeurJson> values = series.stream()
                .map(s -> valeur(
                        s,
                        indicators.get(s.indicatorId()),
                        datasets.get(s.latest().datasetId()),
                        ranks))
                .toList();
        return new OpenDataJson.ValeursTerritoire(OpenDataJson.TerritoireJson.of(territory), values);
    }

    private static OpenDataJson.ValeurJson valeur(
            ValueSeries s, Indicator i, Dataset d, Map<String, RelativePositions.Position> ranks) {
        IndicatorValue v = s.latest();
        return new OpenDataJson.ValeurJson(
                v.indicatorId(),
                i.label(),
                i.unit(),
                i.actorType().code(),
                v.period().toString(),
                v.value(),
                v.method().code(),
                v.methodDetail(),
                v.coverage(),
                v.flags(),
                d == null ? v.datasetId() : d.title(),
                OpenDataJson.Position.of(ranks.get(v.indicatorId())),
                OpenDataJson.Point.of(s),
                OpenDataJson.Evolution.of(s));
    }
}
