package fr.resilience360.report.cahier;

import fr.resilience360.vulnerability.Hazard;
import fr.resilience360.vulnerability.NationalRun;
import fr.resilience360.vulnerability.NationalStressTests;
import fr.resilience360.vulnerability.StressTests;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** From the national stress test: for each EPCI, the hazards that hit its needs hardest on average. */
final class HardestHazards {

    private HardestHazards() {}

    /** By EPCI id, the ids of the {@code k} hazards of greatest mean inoperability (none when all are zero). */
    static Map<String, List<String>> of(NationalStressTests.Result run, int k) {
        Map<String, List<String>> out = new HashMap<>();
        for (NationalRun.Outcome o : run.outcomes()) {
            out.put(
                    o.territoryId(),
                    IntStream.range(0, run.hazardIds().size())
                            .filter(h -> o.meanImpact(h) > 0)
                            .boxed()
                            .sorted(Comparator.comparingDouble((Integer h) -> o.meanImpact(h))
                                    .reversed())
                            .limit(k)
                            .map(h -> run.hazardIds().get(h))
                            .toList());
        }
        return out;
    }

    static Map<String, String> labels(StressTests stressTests) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Hazard h : stressTests.chains().hazards()) labels.put(h.id(), h.label());
        return labels;
    }
}
