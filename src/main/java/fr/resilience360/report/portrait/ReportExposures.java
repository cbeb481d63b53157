package fr.resilience360.report.portrait;

import fr.resilience360.observatory.Observatory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.vulnerability.Exposure;
import fr.resilience360.vulnerability.Exposures;
import fr.resilience360.vulnerability.Hazard;
import fr.resilience360.vulnerability.StressTests;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The territory's known exposures to the hazards of the impact chains (module {@code vulnerability}), highest first:
 * open data, else the collectivité's declaration; an unknown or zero exposure is left out. Equal exposures keep the
 * catalogue's order, as in the stress test's highlights, so that both name the same three hazards.
 */
@Component
class ReportExposures {

    private final StressTests stressTests;
    private final Exposures exposures;
    private final Observatory observatory;

    ReportExposures(StressTests stressTests, Exposures exposures, Observatory observatory) {
        this.stressTests = stressTests;
        this.exposures = exposures;
        this.observatory = observatory;
    }

    /** The known, non-zero exposures, highest first, and the observatory values each comes from. */
    List<Known> of(TerritorySummary territory) {
        List<Hazard> hazards = stressTests.chains().hazards();
        Map<String, Hazard> byId = hazards.stream().collect(Collectors.toMap(Hazard::id, Function.identity()));
        return exposures.of(territory, hazards.stream().map(Hazard::id).toList()).stream()
                .filter(e -> e.known() && e.value() > 0)
                .sorted(Comparator.comparingDouble((Exposure e) -> -e.value()))
                .map(e -> new Known(byId.get(e.hazardId()).label(), e, labels(e)))
                .toList();
    }

    /** The observatory values an exposure comes from, by their indicators' labels, with their period. */
    private List<String> labels(Exposure e) {
        return e.sources().stream()
                .map(s -> observatory
                                .indicator(s.indicator())
                                .map(i -> i.description().label())
                                .orElse(s.indicator())
                        + " (" + s.period() + ")")
                .toList();
    }

    /** An exposure, its hazard's label and the values it comes from, in words. */
    record Known(String hazard, Exposure exposure, List<String> sources) {

        PortraitReport.ExposureLine line() {
            return new PortraitReport.ExposureLine(
                    hazard,
                    exposure.value(),
                    exposure.level(),
                    exposure.declaration() == null ? "données ouvertes" : "déclarée par la collectivité",
                    sources);
        }
    }
}
