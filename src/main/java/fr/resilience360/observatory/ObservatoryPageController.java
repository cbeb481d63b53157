package fr.resilience360.observatory;

import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The observatory's pages: catalogue, indicator (map, distribution, ranking, series) and a territory's indicators. */
@Controller
class ObservatoryPageController {

    static final Map<String, String> THEMES = Map.of(
            "sante", "Santé",
            "population_logement_revenus", "Population, logement et revenus",
            "environnement", "Environnement",
            "risques", "Risques",
            "equipements", "Équipements",
            "climat", "Climat futur",
            "vie_civique", "Vie civique",
            "securite", "Sécurité");

    static final List<TerritoryType> MAP_LEVELS =
            List.of(TerritoryType.EPCI, TerritoryType.DEPARTEMENT, TerritoryType.REGION);

    private final Observatory observatory;
    private final RelativePositions positions;
    private final Territories territories;
    private final ImportProgress progress;

    ObservatoryPageController(
            Observatory observatory, RelativePositions positions, Territories territories, ImportProgress progress) {
        this.observatory = observatory;
        this.positions = positions;
        this.territories = territories;
        this.progress = progress;
    }

    /** Imports: what is loaded (version, values, date) and the progress of a running load, refreshed by htmx. */
    @GetMapping("/observatoire/imports")
    String imports(Model model) {
        model.addAttribute("datasets", observatory.datasets());
        model.addAttribute("loads", observatory.loads());
        model.addAttribute("progress", progressView());
        return "observatory/imports";
    }

    @GetMapping("/observatoire/imports/progression")
    String importProgress(Model model) {
        model.addAttribute("progress", progressView());
        return "observatory/imports :: progress";
    }

    /** The progress as shown: running or not, when the last load finished (Paris time), the last lines. */
    record ProgressView(boolean running, String finished, String log) {}

    private ProgressView progressView() {
        ImportProgress.Snapshot s = progress.snapshot();
        String finished = s.finishedAt() == null
                ? null
                : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm:ss")
                        .format(s.finishedAt().atZone(java.time.ZoneId.of("Europe/Paris")));
        return new ProgressView(s.running(), finished, String.join("\n", s.lines()));
    }

    /** A value shown in a page, with its indicator and position. */
    record Row(Indicator indicator, IndicatorValue value, Dataset dataset, RelativePositions.Position position) {}

    @GetMapping("/observatoire")
    String catalogue(Model model) {
        Map<String, List<Indicator>> byTheme = observatory.indicators().stream()
                .collect(Collectors.groupingBy(Indicator::theme, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("themes", byTheme);
        model.addAttribute("themeLabels", THEMES);
        model.addAttribute("datasets", observatory.datasets());
        return "observatory/catalogue";
    }

    @GetMapping("/observatoire/indicateurs/{id}")
    String indicator(
            @PathVariable String id,
            @RequestParam(defaultValue = "epci") String niveau,
            @RequestParam(required = false) String annee,
            Model model) {
        Indicator indicator = observatory
                .indicator(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Indicateur inconnu"));
        TerritoryType level = TerritoryType.fromCode(niveau)
                .filter(MAP_LEVELS::contains)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Niveau inconnu"));
        List<ObservationPeriod> periods = observatory.periods(id);
        if (periods.isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Indicateur sans valeur");
        ObservationPeriod period = periods.stream()
                .filter(p -> p.toString().equals(annee))
                .findFirst()
                .orElse(periods.get(periods.size() - 1));
        model.addAttribute("indicator", indicator);
        model.addAttribute("dataset", observatory.dataset(indicator.datasetId()).orElse(null));
        model.addAttribute("level", level);
        model.addAttribute("levels", MAP_LEVELS);
        model.addAttribute("period", period);
        model.addAttribute("periods", periods);
        model.addAttribute(
                "distribution", positions.distribution(id, period, level).orElse(null));
        model.addAttribute("highest", observatory.ranking(id, period, level.code(), 10, true));
        model.addAttribute("lowest", observatory.ranking(id, period, level.code(), 10, false));
        List<IndicatorValue> series = observatory.series("FR", id);
        model.addAttribute("series", series.size() > 1 ? series : List.of());
        model.addAttribute("france", observatory.value("FR", id, period).orElse(null));
        return "observatory/indicator";
    }

    @GetMapping("/observatoire/territoires/{code}")
    String territory(@PathVariable String code, Model model) {
        List<TerritorySummary> found = territories.resolve(code);
        if (found.size() != 1) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Territoire inconnu ou ambigu");
        TerritorySummary territory = found.get(0);
        Map<String, Indicator> indicators =
                observatory.indicators().stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
        Map<String, Dataset> datasets =
                observatory.datasets().stream().collect(Collectors.toMap(Dataset::id, Function.identity()));
        Map<String, RelativePositions.Position> ranks = positions.positions(territory);
        Map<String, List<Row>> byTheme = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (IndicatorValue v : observatory.latestOfTerritory(territory.id()))
            rows.add(new Row(
                    indicators.get(v.indicatorId()), v, datasets.get(v.datasetId()), ranks.get(v.indicatorId())));
        rows.sort(Comparator.comparing((Row r) -> r.indicator().theme())
                .thenComparing(r -> r.indicator().label()));
        rows.forEach(r -> byTheme.computeIfAbsent(r.indicator().theme(), k -> new ArrayList<>())
                .add(r));
        model.addAttribute("territory", territory);
        model.addAttribute("themes", byTheme);
        model.addAttribute("themeLabels", THEMES);
        return "observatory/territory";
    }

    /** The national map's values, by official code. */
    @GetMapping(path = "/api/v1/indicateurs/{id}/carte", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Double>> mapValues(
            @PathVariable String id, @RequestParam String niveau, @RequestParam String annee) {
        TerritoryType level = ObservatoryApiController.level(niveau);
        ObservationPeriod period;
        try {
            period = ObservationPeriod.parse(annee);
        } catch (IllegalArgumentException e) {
            throw ObservatoryApiController.badRequest(e.getMessage());
        }
        return ResponseEntity.ok()
                .cacheControl(ObservatoryApiController.CACHE)
                .body(observatory.byCode(id, period, level.code()));
    }

    /** The bundled boundaries of a level with the overseas départements moved next to mainland France. */
    @GetMapping(path = "/api/v1/contours/{niveau}.geojson", produces = "application/geo+json")
    @ResponseBody
    ResponseEntity<Resource> boundaries(@PathVariable String niveau) {
        String file = switch (niveau) {
            case "epci" -> "epci_2025_drom_inset";
            case "departement" -> "departements_2025_drom_inset";
            case "region" -> "regions_2025_drom_inset";
            default ->
                throw ObservatoryApiController.badRequest(
                        "Niveau « " + niveau + " » sans carte nationale : attendu epci, departement ou region.");
        };
        return ResponseEntity.ok()
                .header("Content-Encoding", "gzip")
                .cacheControl(CacheControl.maxAge(7, TimeUnit.DAYS).cachePublic())
                .body(new ClassPathResource("data/geo/" + file + ".geojson.gz"));
    }
}
