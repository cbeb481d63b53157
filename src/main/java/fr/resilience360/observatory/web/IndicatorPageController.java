package fr.resilience360.observatory.web;

import fr.resilience360.observatory.Dataset;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.observatory.RelativePositions;
import fr.resilience360.territory.TerritoryType;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The observatory's pages: catalogue of indicators, and one page per indicator with map, distribution, ranking. */
@Controller
class IndicatorPageController {

    /** Levels shown on the national map (bundled boundaries with the overseas départements moved closer). */
    static final List<String> MAP_LEVELS = List.of("epci", "departement", "region");

    static final List<String> LEVEL_ORDER = List.of("region", "departement", "epci", "commune");

    static final Map<String, String> THEMES = Map.of(
            "sante", "Santé",
            "population_logement_revenus", "Population, logement et revenus",
            "environnement", "Environnement",
            "risques", "Risques",
            "equipements", "Équipements",
            "climat", "Climat futur",
            "vie_civique", "Vie civique",
            "securite", "Sécurité");

    static final Map<String, String> LEVEL_LABELS = Map.of(
            "commune", "Communes", "epci", "Intercommunalités", "departement", "Départements", "region", "Régions");

    private static final int RANKING = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Observatory observatory;
    private final RelativePositions positions;

    IndicatorPageController(Observatory observatory, RelativePositions positions) {
        this.observatory = observatory;
        this.positions = positions;
    }

    @GetMapping("/indicateurs")
    String catalogue(Model model) {
        Map<String, Dataset> datasets = observatory.datasets().stream().collect(Collectors.toMap(Dataset::id, d -> d));
        Map<String, List<Indicator>> byTheme = observatory.indicators().stream()
                .collect(Collectors.groupingBy(Indicator::theme, TreeMap::new, Collectors.toList()));
        model.addAttribute("themes", byTheme);
        model.addAttribute("themeLabels", THEMES);
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
        ObservationPeriod period = periods.stream()
                .filter(p -> p.toString().equals(annee))
                .findFirst()
                .orElse(periods.get(periods.size() - 1));
        List<String> levels = LEVEL_ORDER.stream()
                .filter(l -> observatory.countAt(id, period, l) > 0)
                .toList();
        String level = levels.contains(niveau)
                ? niveau
                : MAP_LEVELS.stream()
                        .filter(levels::contains)
                        .findFirst()
                        .orElse(levels.isEmpty() ? null : levels.get(0));
        Distribution distribution = Distribution.of(
                level == null
                        ? new double[0]
                        : positions.sortedValues(
                                id, period, TerritoryType.fromCode(level).orElseThrow()));

        model.addAttribute("indicator", indicator);
        model.addAttribute("dataset", observatory.dataset(indicator.datasetId()).orElse(null));
        model.addAttribute(
                "periods", periods.stream().map(ObservationPeriod::toString).toList());
        model.addAttribute("period", period.toString());
        model.addAttribute("levels", levels);
        model.addAttribute("levelLabels", LEVEL_LABELS);
        model.addAttribute("level", level);
        model.addAttribute("distribution", distribution);
        model.addAttribute("top", level == null ? List.of() : observatory.ranking(id, period, level, RANKING, true));
        model.addAttribute(
                "bottom",
                level == null || distribution.count() <= RANKING
                        ? List.of()
                        : observatory.ranking(
                                id, period, level, Math.min(RANKING, distribution.count() - RANKING), false));
        model.addAttribute("france", observatory.value("FR", id, period).orElse(null));
        model.addAttribute("binsJson", JSON.writeValueAsString(distribution.histogram(20)));
        model.addAttribute("seriesJson", JSON.writeValueAsString(franceSeries(id)));
        model.addAttribute("hasMap", level != null && MAP_LEVELS.contains(level));
        model.addAttribute("themeLabels", THEMES);
        return "observatory/indicator";
    }

    private List<Map<String, Object>> franceSeries(String id) {
        return observatory.series("FR", id).stream()
                .map((IndicatorValue v) ->
                        Map.<String, Object>of("periode", v.period().toString(), "valeur", v.value()))
                .toList();
    }
}
