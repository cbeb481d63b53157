package fr.resilience360.report.atlas;

import fr.resilience360.observatory.Observatory;
import fr.resilience360.opendata.Distribution;
import fr.resilience360.shared.BadParameterException;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.vulnerability.ClimateHorizon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The model of the page « Cartes de France »: choices, legend with counts, distribution, ranking, table, series. */
@Component
class AtlasPage {

    static final String DEFAULT_VARIABLE = "typologie";
    static final int PAGE_SIZE = 50;
    private static final int RANKING = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How the table is sorted, as the URL says it. */
    static final Map<String, String> SORTS = sorts();

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("valeur-desc", "valeur décroissante");
        sorts.put("valeur-asc", "valeur croissante");
        sorts.put("nom", "nom");
        return Collections.unmodifiableMap(sorts);
    }

    private final AtlasMaps maps;
    private final AtlasSources sources;
    private final Observatory observatory;
    private final CommuneZooms zooms;

    AtlasPage(AtlasMaps maps, AtlasSources sources, Observatory observatory, CommuneZooms zooms) {
        this.maps = maps;
        this.sources = sources;
        this.observatory = observatory;
        this.zooms = zooms;
    }

    /** The page's query string: every choice is in the URL. */
    record Query(
            String variable, String niveau, String annee, String horizon, String tri, int page, String departement) {}

    Map<String, Object> model(Query q) {
        MapVariable v = MapVariable.parse(q.variable() == null ? DEFAULT_VARIABLE : q.variable());
        TerritoryType level = AtlasMaps.level(q.niveau() == null ? TerritoryType.EPCI.code() : q.niveau());
        String tri = q.tri();
        if (!SORTS.containsKey(tri))
            throw new BadParameterException(
                    "tri", "Tri « " + tri + " » inconnu : attendu valeur-desc, valeur-asc ou nom.");
        AtlasMap map = maps.map(v, level, q.annee(), q.horizon());
        Optional<ClimateHorizon> horizon = sources.horizon(v, q.horizon());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("map", map);
        model.put("variable", v.code());
        model.put("level", level.code());
        model.put("levels", AtlasMaps.LEVELS);
        model.put("plurals", AtlasMap.PLURALS);
        model.put("indicators", sources.indicators());
        model.put("needs", sources.needs());
        model.put("hazards", sources.hazards());
        model.put("geographic", TypologyMaps.GEOGRAPHIC);
        model.put("counts", map.counts());
        model.put("legendJson", JSON.writeValueAsString(map.classes()));
        model.put("interactive", level != TerritoryType.COMMUNE);
        boolean zoomable = level == TerritoryType.COMMUNE;
        model.put("departements", zoomable ? zooms.departements() : List.of());
        boolean zoomed = zoomable && q.departement() != null && !q.departement().isBlank();
        model.put("zoom", zoomed ? zooms.of(map, q.departement()) : null);
        Map<String, String> horizons = new LinkedHashMap<>();
        if (horizon.isPresent())
            for (ClimateHorizon h : ClimateHorizon.values())
                horizons.put(h.code(), h.code() + " — " + AtlasSources.warming(h));
        model.put("horizons", horizons);
        model.put("horizon", horizon.map(ClimateHorizon::code).orElse(""));
        model.put("query", query(v, level, map, horizon));
        model.put("sorts", SORTS);
        model.put("tri", tri);
        ranking(map, tri, q.page(), model);
        statistics(map, model);
        return model;
    }

    /** The query string of the map's downloads: variable, level and the period or horizon actually shown. */
    private static String query(MapVariable v, TerritoryType level, AtlasMap map, Optional<ClimateHorizon> horizon) {
        String q = "variable=" + v.code() + "&niveau=" + level.code();
        if (!map.periods().isEmpty()) q += "&annee=" + map.period();
        return horizon.map(h -> "&horizon=" + h.code()).map(q::concat).orElse(q);
    }

    private static void ranking(AtlasMap map, String tri, int page, Map<String, Object> model) {
        List<AtlasMap.Row> ranked = map.ranked();
        model.put("top", ranked.subList(0, Math.min(RANKING, ranked.size())));
        List<AtlasMap.Row> bottom = ranked.subList(Math.max(RANKING, ranked.size() - RANKING), ranked.size());
        model.put("bottom", reversed(bottom));
        List<AtlasMap.Row> sorted = switch (tri) {
            case "valeur-asc" -> reversed(ranked);
            case "nom" ->
                ranked.stream()
                        .sorted(Comparator.comparing(r -> r.territory().name()))
                        .toList();
            default -> ranked;
        };
        int pages = Math.max(1, (sorted.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pages)
            throw new BadParameterException("page", "Page « " + page + " » absente : attendu de 1 à " + pages + ".");
        model.put("page", page);
        model.put("pages", pages);
        model.put("ranked", ranked.size());
        List<AtlasMap.Row> rows = sorted.subList((page - 1) * PAGE_SIZE, Math.min(sorted.size(), page * PAGE_SIZE));
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++)
            rank.put(ranked.get(i).territory().id(), i + 1);
        model.put("rows", rows);
        model.put("ranks", rows.stream().map(r -> rank.get(r.territory().id())).toList());
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private void statistics(AtlasMap map, Map<String, Object> model) {
        Distribution distribution = Distribution.of(map.values());
        model.put("distribution", distribution);
        model.put(
                "decimals",
                map.variable().kind() == MapKind.INDICATEUR
                        ? observatory
                                .indicator(map.variable().id())
                                .map(i -> i.decimals())
                                .orElse(2)
                        : 2);
        model.put("binsJson", JSON.writeValueAsString(distribution.histogram(20)));
        boolean series =
                map.variable().kind() == MapKind.INDICATEUR && map.periods().size() > 1;
        model.put(
                "seriesJson",
                series
                        ? JSON.writeValueAsString(
                                observatory.series("FR", map.variable().id()).stream()
                                        .map(s -> Map.of("periode", s.period().toString(), "valeur", s.value()))
                                        .toList())
                        : null);
    }
}
