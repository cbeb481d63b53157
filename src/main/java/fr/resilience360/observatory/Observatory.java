package fr.resilience360.observatory;

import fr.resilience360.observatory.aggregation.GroupAggregation;
import fr.resilience360.shared.DatasetLoads;
import fr.resilience360.shared.PerVersion;
import fr.resilience360.territory.TerritoryType;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads the observatory: the catalogue, the datasets and the values of a territory or of an indicator. The catalogue
 * (indicators, datasets, periods) only changes when data is loaded: it is read once per data version, which every
 * call checks with one lookup in a small table, so an import run by another process is seen at once.
 */
@Service
public class Observatory {

    /** The prefix of the observatory's datasets in {@link DatasetLoads}. */
    public static final String LOAD_PREFIX = "observatory/";

    private final ObservatoryRepository repository;
    private final DatasetLoads loads;
    private final PerVersion<Catalogue> catalogue = new PerVersion<>();
    private final GroupAggregation groups;
    private final DeclaredValueRepository declared;

    Observatory(
            ObservatoryRepository repository,
            DatasetLoads loads,
            GroupAggregation groups,
            DeclaredValueRepository declared) {
        this.repository = repository;
        this.loads = loads;
        this.groups = groups;
        this.declared = declared;
    }

    private record Catalogue(
            Map<String, Indicator> indicators,
            Map<String, Dataset> datasets,
            Map<String, List<ObservationPeriod>> periods) {}

    /**
     * The version of the observatory's data: a digest of the loaded datasets' versions and of the last recompute, and
     * of the last change of the values territories declared ({@link #replaceDeclared}). It changes with every import,
     * recompute and declaration.
     */
    public String version() {
        return openDataVersion() + "+" + loads.fingerprint(DeclaredValueRepository.LOAD);
    }

    /**
     * The version of the open data alone (imports and recomputes), for what is derived from it only — the pre-filled
     * scores read no declared indicator, so a territory sharing its surveys does not make them stale.
     */
    public String openDataVersion() {
        return loads.fingerprint(LOAD_PREFIX);
    }

    /**
     * Replaces every « déclaré » value the territory shared for this actor type (the indicators of the dataset
     * {@link DeclaredIndicatorValues#DATASET}), then the distributions of those indicators, in one transaction.
     *
     * @throws IllegalArgumentException for an indicator of another dataset or actor type, or under the minimum number
     *     of respondents
     */
    public void replaceDeclared(DeclaredIndicatorValues values) {
        Map<String, String> actorTypes = declared.indicators().stream().collect(Collectors.toMap(i -> i[0], i -> i[1]));
        for (DeclaredIndicatorValues.Value v : values.values()) {
            if (!values.actorType().code().equals(actorTypes.get(v.indicatorId())))
                throw new IllegalArgumentException("Indicateur déclaré inconnu pour les acteurs "
                        + values.actorType().label() + " : " + v.indicatorId());
            if (v.respondents() < DeclaredIndicatorValues.MINIMUM_RESPONDENTS)
                throw new IllegalArgumentException("Moins de " + DeclaredIndicatorValues.MINIMUM_RESPONDENTS
                        + " répondants : " + v.indicatorId() + " n'est pas partagé.");
        }
        declared.replace(values);
    }

    /** The catalogue, by theme then id. */
    public List<Indicator> indicators() {
        return List.copyOf(catalogue().indicators.values());
    }

    /** The catalogue by indicator id, in the order of {@link #indicators()}. */
    public Map<String, Indicator> indicatorsById() {
        return catalogue().indicators;
    }

    public Optional<Indicator> indicator(String id) {
        return Optional.ofNullable(catalogue().indicators.get(id));
    }

    public List<Dataset> datasets() {
        return List.copyOf(catalogue().datasets.values());
    }

    /** The datasets by id. */
    public Map<String, Dataset> datasetsById() {
        return catalogue().datasets;
    }

    public Optional<Dataset> dataset(String id) {
        return Optional.ofNullable(catalogue().datasets.get(id));
    }

    /** The periods with values for an indicator, oldest first. */
    public List<ObservationPeriod> periods(String indicatorId) {
        return catalogue().periods.getOrDefault(indicatorId, List.of());
    }

    /** When each dataset (and the aggregates) was last loaded, with its version and number of values. */
    public List<DatasetLoads.Load> loads() {
        return loads.loads(LOAD_PREFIX);
    }

    /** The latest value of an indicator for a territory. */
    public Optional<IndicatorValue> latest(String territoryId, String indicatorId) {
        return series(territoryId, indicatorId).stream().reduce((a, b) -> b);
    }

    public Optional<IndicatorValue> value(String territoryId, String indicatorId, ObservationPeriod period) {
        return series(territoryId, indicatorId).stream()
                .filter(v -> v.period().equals(period))
                .findFirst();
    }

    /** Every value of an indicator for a territory, oldest first. */
    public List<IndicatorValue> series(String territoryId, String indicatorId) {
        return repository.series(territoryId, indicatorId).stream()
                .sorted(Comparator.comparing(IndicatorValue::period))
                .toList();
    }

    /** The series of every indicator with a value for a territory, in one query. */
    public List<ValueSeries> seriesOfTerritory(String territoryId) {
        return repository.allOfTerritory(territoryId).stream()
                .collect(Collectors.groupingBy(IndicatorValue::indicatorId))
                .values()
                .stream()
                .map(values -> new ValueSeries(values.stream()
                        .sorted(Comparator.comparing(IndicatorValue::period))
                        .toList()))
                .toList();
    }

    /** The latest value of every indicator for a territory. */
    public List<IndicatorValue> latestOfTerritory(String territoryId) {
        return repository.latest(List.of(territoryId), null);
    }

    /**
     * The latest value of each of these indicators for each of these territories, in one query: by territory id, then
     * by indicator id.
     */
    public Map<String, Map<String, IndicatorValue>> latest(
            Collection<String> territoryIds, Collection<String> indicatorIds) {
        return repository.latest(territoryIds, indicatorIds).stream()
                .collect(Collectors.groupingBy(
                        IndicatorValue::territoryId,
                        Collectors.toMap(IndicatorValue::indicatorId, Function.identity(), Observatory::later)));
    }

    /**
     * The latest value of each of these indicators over a group of communes that is no territory of the division,
     * aggregated on demand with each indicator's rule as for an EPCI (territory id {@link GroupAggregation#GROUP}), by
     * indicator id. Indicators published only, or averaged over an outline ({@link AggregationRule#AUCUNE},
     * {@link AggregationRule#MOYENNE_SURFACIQUE}, see {@link #aggregatesGroups}), and those no commune of the group has
     * are absent.
     */
    public Map<String, IndicatorValue> latestOfCommunes(
            Collection<String> communeIds, Collection<String> indicatorIds) {
        return groups.latest(communeIds, indicatorIds);
    }

    /** Whether a group of communes gets values of an indicator with this rule from its communes' values. */
    public static boolean aggregatesGroups(AggregationRule rule) {
        return GroupAggregation.aggregatesGroups(rule);
    }

    /** The values of an indicator for one period and one level, by territory id, one page at a time. */
    public List<IndicatorValue> valuesAt(
            String indicatorId, ObservationPeriod period, TerritoryType level, int offset, int limit) {
        return repository.atLevel(indicatorId, period, level, offset, limit);
    }

    /** Every territory's value of a level, by territory id. */
    public Map<String, Double> valuesAt(String indicatorId, ObservationPeriod period, TerritoryType level) {
        return repository.valuesAt(indicatorId, period, level);
    }

    /** The values of some territories for one indicator and period, by territory id. */
    public Map<String, Double> valuesOf(Collection<String> territoryIds, String indicatorId, ObservationPeriod period) {
        return repository.valuesOf(territoryIds, indicatorId, period);
    }

    /** The highest (or lowest) values of a level. */
    public List<IndicatorValue> ranking(
            String indicatorId, ObservationPeriod period, TerritoryType level, int limit, boolean highest) {
        return repository.ranking(indicatorId, period, level, limit, highest);
    }

    /** Streams every value of a level, ordered by territory, indicator and period, for bulk downloads. */
    public void forEachAtLevel(TerritoryType level, Consumer<IndicatorValue> consumer) {
        repository.forEachAtLevel(level, consumer);
    }

    private static IndicatorValue later(IndicatorValue a, IndicatorValue b) {
        return a.period().compareTo(b.period()) >= 0 ? a : b;
    }

    private Catalogue catalogue() {
        return catalogue.get(version(), () -> {
            Map<String, Indicator> indicators = new LinkedHashMap<>();
            repository.indicators().forEach(i -> indicators.put(i.id(), i));
            Map<String, Dataset> datasets = new LinkedHashMap<>();
            repository.datasets().forEach(d -> datasets.put(d.id(), d));
            return new Catalogue(
                    Collections.unmodifiableMap(indicators),
                    Collections.unmodifiableMap(datasets),
                    repository.periods());
        });
    }
}
