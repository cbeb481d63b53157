package fr.resilience360.report.portrait;

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
 * open data, else the collectivité's declaration; an unknown or zero exposure is left out.
 */
@Component
class ReportExposures {

    private final StressTests stressTests;
    private final Exposures exposures;

    ReportExposures(StressTests stressTests, Exposures exposures) {
        this.stressTests = stressTests;
        this.exposures = exposures;
    }

    /** The known, non-zero exposures, highest first, and the observatory values each comes from. */
    List<Known> of(TerritorySummary territory) {
        List<Hazard> hazards = stressTests.chains().hazards();
        Map<String, Hazard> byId = hazards.stream().collect(Collectors.toMap(Hazard::id, Function.identity()));
        return exposures.of(territory, hazards.stream().map(Hazard::id).toList()).stream()
                .filter(e -> e.known() && e.value() > 0)
                .sorted(Comparator.comparingDouble((Exposure e) -> -e.value()).thenComparing(Exposure::hazardId))
                .map(e -> new Known(byId.get(e.hazardId()).label(), e))
                .toList();
    }

    /** An exposure and its hazard's label. */
    record Known(String hazard, Exposure exposure) {

        PortraitReport.ExposureLine line() {
            return new PortraitReport.ExposureLine(
                    hazard,
                    exposure.value(),
                    exposure.level(),
                    exposure.declaration() == null ? "données ouvertes" : "déclarée par la collectivité",
                    exposure.sources().stream()
                            .map(s -> s.indicator() + " (" + s.period() + ")")
                            .toList());
        }
    }
}
