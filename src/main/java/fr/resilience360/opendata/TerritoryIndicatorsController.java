package fr.resilience360.opendata;

import fr.resilience360.observatory.Dataset;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.observatory.RelativePositions;
import fr.resilience360.observatory.ValueSeries;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    /** One line of the section: the latest value of an indicator's series. */
    record Line(Indicator indicator, ValueSeries series, Dataset dataset, RelativePositions.Position position) {

        public IndicatorValue value() {
            return series.latest();
        }

        /** "+0,12 depuis 2022" when the series has two vintages, in the indicator's unit and decimals; else null. */
        public String evolution() {
            return series.change()
                    .map(c -> String.format(Locale.FRANCE, "%+." + indicator.decimals() + "f", c) + " depuis "
                            + series.previous().orElseThrow().period())
                    .orElse(null);
        }

        /** "publié", "agrégé des communes (couverture 87 %)"… */
        public String method() {
            IndicatorValue value = value();
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
        model.addAttribute("themes", linesByTheme(territory.get()));
        model.addAttribute("themeLabels", IndicatorPageController.THEMES);
        model.addAttribute(
                "typeLabel",
                IndicatorPageController.LEVEL_LABELS.get(territory.get().type().code()));
        return "opendata/territory-indicators :: section";
    }

    /** The latest value of every indicator of the territory, by theme, then by label. */
    private Map<String, List<Line>> linesByTheme(TerritorySummary territory) {
        Map<String, Indicator> indicators = observatory.indicatorsById();
        Map<String, Dataset> datasets = observatory.datasetsById();
        List<ValueSeries> series = observatory.seriesOfTerritory(territory.id());
        Map<String, RelativePositions.Position> ranks = positions.positions(
                territory, series.stream().map(ValueSeries::latest).toList());
        return series.stream()
                .filter(s -> indicators.containsKey(s.indicatorId()))
                .map(s -> new Line(
                        indicators.get(s.indicatorId()),
                        s,
                        datasets.get(s.latest().datasetId()),
                        ranks.get(s.indicatorId())))
                .sorted(Comparator.comparing((Line l) -> l.indicator().label()))
                .collect(Collectors.groupingBy(l -> l.indicator().theme(), TreeMap::new, Collectors.toList()));
    }
}
