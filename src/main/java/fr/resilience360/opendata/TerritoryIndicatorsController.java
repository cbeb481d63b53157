package fr.resilience360.opendata;

import fr.resilience360.observatory.Dataset;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.observatory.RelativePositions;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The observatory's section of a territory page (loaded by htmx): every latest value with its position among the
 * territories of the same type (percentile bar), its source and its method.
 */
@Controller
class TerritoryIndicatorsController {

    /** One line of the section. */
    record Line(Indicator indicator, IndicatorValue value, Dataset dataset, RelativePositions.Position position) {

        /** "publié", "agrégé des communes (couverture 87 %)"… */
        public String method() {
            String m = value.methodDetail() != null
                    ? value.methodDetail()
                    : value.method().label();
            if (value.coverage() != null && value.coverage() < 0.999) {
                m += " — couverture " + Math.round(value.coverage() * 100) + " % de la population";
            }
            return m;
        }
    }

    private final Observatory observatory;
    private final RelativePositions positions;
    private final Territories territories;

    TerritoryIndicatorsController(Observatory observatory, RelativePositions positions, Territories territories) {
        this.observatory = observatory;
        this.positions = positions;
        this.territories = territories;
    }

    @GetMapping("/territoires/{id}/indicateurs")
    String section(@PathVariable String id, Model model) {
        Optional<TerritorySummary> territory = territories.find(id);
        model.addAttribute("territory", territory.orElse(null));
        if (territory.isEmpty()) return "opendata/territory-indicators :: section";
        Map<String, Indicator> indicators = observatory.indicatorsById();
        Map<String, Dataset> datasets = observatory.datasetsById();
        List<IndicatorValue> latest = observatory.latestOfTerritory(id);
        Map<String, RelativePositions.Position> ranks = positions.positions(territory.get(), latest);
        Map<String, List<Line>> byTheme = latest.stream()
                .filter(v -> indicators.containsKey(v.indicatorId()))
                .map(v -> new Line(
                        indicators.get(v.indicatorId()), v, datasets.get(v.datasetId()), ranks.get(v.indicatorId())))
                .sorted(Comparator.comparing((Line l) -> l.indicator().label()))
                .collect(Collectors.groupingBy(l -> l.indicator().theme(), TreeMap::new, Collectors.toList()));
        model.addAttribute("themes", byTheme);
        model.addAttribute("themeLabels", IndicatorPageController.THEMES);
        model.addAttribute(
                "typeLabel",
                IndicatorPageController.LEVEL_LABELS.get(territory.get().type().code()));
        return "opendata/territory-indicators :: section";
    }
}
