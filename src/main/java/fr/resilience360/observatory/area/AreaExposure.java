package fr.resilience360.observatory.area;

import fr.resilience360.observatory.ActorType;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.observatory.ValueMethod;
import fr.resilience360.observatory.importing.DatasetMapping;
import fr.resilience360.observatory.importing.ValueRepository;
import fr.resilience360.shared.DatasetLoads;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritoryType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The exposure of a territory's area to the climate: for every EPCI, département and région, the mean of the climate
 * grid's points inside its outline (the bundled boundaries), and for France the mean of the points inside its
 * régions. Beside the climate indicators of the communes' file, whose aggregates are means weighted by population (the
 * exposure of the inhabitants). A commune's area value would be its nearest point, which is already the communes' file
 * value: none is stored. The grid is registered in the catalogue when it or the boundaries change; its values are
 * computed with the other computed values, at each recompute.
 */
@Service
public class AreaExposure {

    static final Resource MAPPING = new ClassPathResource("data/climat/drias_tracc2023_grille.grid.yaml");

    private static final List<TerritoryType> LEVELS =
            List.of(TerritoryType.EPCI, TerritoryType.DEPARTEMENT, TerritoryType.REGION);

    private final ValueRepository values;
    private final DatasetLoads loads;
    private final Territories territories;
    private final TerritoryDirectory directory;
    private final JsonMapper json = JsonMapper.builder().build();

    AreaExposure(ValueRepository values, DatasetLoads loads, Territories territories, TerritoryDirectory directory) {
        this.values = values;
        this.loads = loads;
        this.territories = territories;
        this.directory = directory;
    }

    /** The version of the grid, of its mapping and of the boundaries it is placed in. */
    String version() {
        return DatasetLoads.checksum(MAPPING, grid(mapping())) + "+" + directory.version();
    }

    public boolean isUpToDate() {
        return loads.isLoaded(Observatory.LOAD_PREFIX + mapping().dataset().id(), version());
    }

    /**
     * Records the grid and its indicators in the catalogue (with the number of grid values read), so that the next
     * recompute computes their values.
     */
    public void register(Consumer<String> progress) {
        GridMapping mapping = mapping();
        int points = readGrid(mapping).size();
        int gridValues = points
                * mapping.indicators().stream().mapToInt(i -> i.values().size()).sum();
        values.replaceDescription(mapping.asCatalogue(), mapping.dataset().resource(), version(), gridValues);
        progress.accept(
                "  " + mapping.dataset().id() + " : " + points + " points de grille, " + gridValues + " valeurs lues");
    }

    /** The area values of every EPCI, département, région and France, for each indicator and period of the grid. */
    public List<IndicatorValue> compute(Consumer<String> progress) {
        long start = System.currentTimeMillis();
        GridMapping mapping = mapping();
        SafranGrid grid = readGrid(mapping);
        Map<String, GridPlacements.Placement> placements = new HashMap<>();
        List<GridPlacements.Placement> regions = new ArrayList<>();
        for (TerritoryType level : LEVELS) {
            Map<String, Outline> outlines = new HashMap<>();
            directory
                    .ofType(level)
                    .forEach(t -> territories
                            .boundary(t.id())
                            .ifPresent(g -> outlines.put(t.id(), Outline.fromGeoJson(json.readTree(g)))));
            Map<String, GridPlacements.Placement> placed = GridPlacements.place(grid, outlines);
            placements.putAll(placed);
            if (level == TerritoryType.REGION) regions.addAll(placed.values());
        }
        placements.put("FR", GridPlacements.union(regions));
        List<IndicatorValue> rows = new ArrayList<>();
        for (DatasetMapping.IndicatorSpec spec : mapping.indicators())
            for (DatasetMapping.ValueSpec value : spec.values()) {
                double[] v = grid.values().get(value.column() + '|' + mapping.levelOf(value.period()));
                placements.forEach((territory, placement) -> {
                    SafranGrid.Mean mean = SafranGrid.mean(v, placement.points());
                    if (mean != null) rows.add(row(mapping, spec, value.period(), territory, mean, placement));
                });
            }
        long fallbacks =
                placements.values().stream().filter(p -> p.fallbackKm() != null).count();
        progress.accept("  moyennes surfaciques : " + placements.size() + " territoires placés sur " + grid.size()
                + " points (" + fallbacks + " par le point le plus proche), " + rows.size() + " valeurs en "
                + (System.currentTimeMillis() - start) / 1000.0 + " s");
        return rows;
    }

    private static IndicatorValue row(
            GridMapping mapping,
            DatasetMapping.IndicatorSpec spec,
            String period,
            String territory,
            SafranGrid.Mean mean,
            GridPlacements.Placement placement) {
        return new IndicatorValue(
                new IndicatorValue.Key(
                        territory,
                        spec.id(),
                        ObservationPeriod.parse(period),
                        ActorType.fromCode(spec.actorType() == null ? "territoires" : spec.actorType())),
                mean.value(),
                new IndicatorValue.Provenance(
                        ValueMethod.CALCULE,
                        AreaDetails.of(mapping.grid().name(), territory, mean.points(), placement.fallbackKm()),
                        null,
                        List.of(),
                        mapping.dataset().id()));
    }

    GridMapping mapping() {
        try (InputStream in = MAPPING.getInputStream()) {
            return YAMLMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, GridMapping.class);
        } catch (IOException e) {
            throw new IllegalStateException("Correspondance de la grille illisible : " + MAPPING.getFilename(), e);
        }
    }

    static Resource grid(GridMapping mapping) {
        return new ClassPathResource("data/climat/" + mapping.dataset().resource());
    }

    static SafranGrid readGrid(GridMapping mapping) {
        try (InputStream in = new GZIPInputStream(grid(mapping).getInputStream())) {
            return SafranGrid.read(in, mapping.grid(), mapping.columns());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Grille climatique illisible : " + mapping.dataset().resource(), e);
        }
    }
}
