package fr.resilience360.observatory.web;

import fr.resilience360.observatory.Dataset;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** The observatory's pages: catalogue of indicators, and one page per indicator with map, distribution, ranking. */
@Controller
class IndicatorPageController {

    /** Levels shown on the national map, with the bundled boundaries (DROM moved next to mainland France). */
    static final Map<String, String> MAP_LEVELS = new LinkedHashMap<>(Map.of());

    static {
        MAP_LEVELS.put("epci", "data/geo/epci_2025_drom_inset.geojson.gz");
        MAP_LEVELS.put("departement", "data/geo/departements_2025_drom_inset.geojson.gz");
        MAP_LEVELS.put("region", "data/geo/regions_2025_drom_inset.geojson.gz");
    }

    static final Map<String, String> LEVEL_LABELS = Map.of(
            "commune", "Communes", "epci", "Intercommunalités", "departement", "Départements", "region", "Régions");

    private static final int RANKING = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Observatory observatory;
    private final IndicatorStatistics statistics;

    IndicatorPageController(Observatory observatory, IndicatorStatistics statistics) {
        this.observatory = observatory;
        this.statistics = statistics;
    }

    @GetMapping("/indicateurs")
    String catalogue(Model model) {
        Map<String, Dataset> datasets = observatory.datasets().stream().collect(Collectors.toMap(Dataset::id, d -> d));
        Map<String, List<Indicator>> byTheme = observatory.indicators().stream()
                .collect(Collectors.groupingBy(Indicator::theme, TreeMap::new, Collectors.toList()));
        model.addAttribute("themes", byTheme);
        model.addAttribute("datasets", datasets);
        return "observatory/catalogue";
    }

    @GetMapping("/indicateurs/{id}")
    String indicator(
            @PathVariable String id,
            @RequestParam(required = false) String niveau,
            @RequestParam(required = false) String annee,
            Model model,
            HttpServletResponse response) {
        Indicator indicator = observatory.indicator(id).orElse(null);
        List<ObservationPeriod> periods = indicator == null ? List.of() : observatory.periods(id);
        if (indicator == null || periods.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("message", "Aucun indicateur de l’observatoire n’a l’identifiant « " + id + " ».");
            return "error/404";
        }
        String period = periods.stream()
                .map(ObservationPeriod::toString)
                .filter(p -> p.equals(annee))
                .findFirst()
                .orElse(periods.get(periods.size() - 1).toString());
        Map<String, Integer> levels = statistics.levels(id, period);
        String level = niveau != null && LEVEL_LABELS.containsKey(niveau) && levels.containsKey(niveau)
                ? niveau
                : defaultLevel(levels);
        List<IndicatorStatistics.Ranked> ranked = level == null ? List.of() : statistics.level(id, period, level);
        Distribution distribution = Distribution.of(
                ranked.stream().mapToDouble(IndicatorStatistics.Ranked::value).toArray());

        model.addAttribute("indicator", indicator);
        model.addAttribute("dataset", observatory.dataset(indicator.datasetId()).orElse(null));
        model.addAttribute(
                "periods", periods.stream().map(ObservationPeriod::toString).toList());
        model.addAttribute("period", period);
        model.addAttribute(
                "levels",
                LEVEL_LABELS.keySet().stream()
                        .filter(levels::containsKey)
                        .sorted(java.util.Comparator.comparing(
                                List.of("region", "departement", "epci", "commune")::indexOf))
                        .toList());
        model.addAttribute("levelLabels", LEVEL_LABELS);
        model.addAttribute("level", level);
        model.addAttribute("distribution", distribution);
        model.addAttribute("top", ranked.stream().limit(RANKING).toList());
        model.addAttribute("bottom", bottom(ranked));
        model.addAttribute(
                "france",
                observatory.value("FR", id, ObservationPeriod.parse(period)).orElse(null));
        model.addAttribute("binsJson", JSON.writeValueAsString(distribution.histogram(20)));
        model.addAttribute("seriesJson", JSON.writeValueAsString(franceSeries(id)));
        model.addAttribute("hasMap", level != null && MAP_LEVELS.containsKey(level));
        return "observatory/indicator";
    }

    /** Values of a level keyed by official code, for the choropleth. */
    @GetMapping(path = "/indicateurs/{id}/carte.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> mapValues(
            @PathVariable String id, @RequestParam String niveau, @RequestParam String annee) {
        Map<String, Double> values = new LinkedHashMap<>();
        statistics.level(id, annee, niveau).forEach(r -> values.put(r.code(), r.value()));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
                .body(Map.of("niveau", niveau, "annee", annee, "valeurs", values));
    }

    /** Boundaries of a level with the overseas départements moved next to mainland France (IGN, COG 2025). */
    @GetMapping("/carte/{niveau}.geojson")
    ResponseEntity<Resource> boundaries(@PathVariable String niveau) {
        String file = MAP_LEVELS.get(niveau);
        if (file == null) return ResponseEntity.notFound().build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .header(HttpHeaders.CONTENT_ENCODING, "gzip")
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic())
                .body(new ClassPathResource(file));
    }

    private static String defaultLevel(Map<String, Integer> levels) {
        return List.of("epci", "departement", "region", "commune").stream()
                .filter(levels::containsKey)
                .findFirst()
                .orElse(null);
    }

    private static List<IndicatorStatistics.Ranked> bottom(List<IndicatorStatistics.Ranked> ranked) {
        int from = Math.max(RANKING, ranked.size() - RANKING);
        return ranked.subList(Math.min(from, ranked.size()), ranked.size());
    }

    private List<Map<String, Object>> franceSeries(String id) {
        return observatory.series("FR", id).stream()
                .map((IndicatorValue v) ->
                        Map.<String, Object>of("periode", v.period().toString(), "valeur", v.value()))
                .toList();
    }
}
