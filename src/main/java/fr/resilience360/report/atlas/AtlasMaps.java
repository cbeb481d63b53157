package fr.resilience360.report.atlas;

import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.shared.BadParameterException;
import fr.resilience360.shared.PerVersion;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.territory.typology.TerritoryTypologies;
import fr.resilience360.vulnerability.ClimateHorizon;
import fr.resilience360.vulnerability.ExposureMaps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * National maps, kept until the data they show change: the map's data ({@link AtlasSources}), its SVG
 * ({@link ChoroplethSvg}) and its PNG ({@link MapPng}), the last {@value #KEPT} of each (a commune map's SVG is
 * ≈ 5.6 MB and its PNG takes seconds to draw: see docs/reports.md).
 */
@Service
class AtlasMaps {

    static final int KEPT = 12;

    static final List<TerritoryType> LEVELS =
            List.of(TerritoryType.REGION, TerritoryType.DEPARTEMENT, TerritoryType.EPCI, TerritoryType.COMMUNE);

    private final AtlasSources sources;
    private final ChoroplethSvg renderer;
    private final ExposureMaps exposures;
    private final ReferenceScores scores;
    private final TerritoryTypologies typologies;
    private final PerVersion<Map<String, Object>> kept = new PerVersion<>();

    AtlasMaps(
            AtlasSources sources,
            ChoroplethSvg renderer,
            ExposureMaps exposures,
            ReferenceScores scores,
            TerritoryTypologies typologies) {
        this.sources = sources;
        this.renderer = renderer;
        this.exposures = exposures;
        this.scores = scores;
        this.typologies = typologies;
    }

    /** The version of every input of the maps: observatory, division, declarations, scores, typology. */
    String version() {
        return exposures.version() + "/" + scores.version() + "/" + typologies.version();
    }

    static TerritoryType level(String niveau) {
        return LEVELS.stream()
                .filter(l -> l.code().equals(niveau))
                .findFirst()
                .orElseThrow(() -> new BadParameterException(
                        "niveau", "Niveau « " + niveau + " » inconnu : attendu region, departement, epci ou commune."));
    }

    /**
     * The map of a variable at a level: {@code annee} is an indicator's period (the latest when null), {@code horizon}
     * the DRIAS horizon of an exposure that reads DRIAS indices (the nearest when null), ignored for other variables.
     */
    AtlasMap map(MapVariable variable, TerritoryType level, String annee, String horizon) {
        Optional<ClimateHorizon> at = sources.horizon(variable, horizon);
        String key = variable.code() + "|" + level.code() + "|" + (annee == null ? "" : annee) + "|"
                + at.map(ClimateHorizon::code).orElse("");
        return keep("carte|" + key, () -> sources.map(variable, level, annee, at));
    }

    String svg(AtlasMap map) {
        return keep("svg|" + key(map), () -> renderer.render(map.choropleth()));
    }

    byte[] png(AtlasMap map) {
        return keep("png|" + key(map), () -> MapPng.of(svg(map)));
    }

    private static String key(AtlasMap map) {
        return map.variable().code() + "|" + map.level().code() + "|" + map.period();
    }

    @SuppressWarnings("unchecked")
    private <T> T keep(String key, Supplier<T> compute) {
        Map<String, Object> all = kept.get(version(), () -> new LinkedHashMap<>(32, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > 3 * KEPT;
            }
        });
        synchronized (all) {
            Object found = all.get(key);
            if (found != null) return (T) found;
        }
        T computed = compute.get();
        synchronized (all) {
            all.put(key, computed);
        }
        return computed;
    }
}
