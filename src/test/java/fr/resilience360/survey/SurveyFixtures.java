package fr.resilience360.survey;

import fr.resilience360.vulnerability.Hazard;
import fr.resilience360.vulnerability.ImpactChainFiles;
import java.util.Set;
import java.util.stream.Collectors;

/** Templates and territories for the survey tests. */
final class SurveyFixtures {

    /** The 11 needs of Diag360 v1.3.5. */
    static final Set<String> NEEDS =
            Set.of("bv1", "bv2", "bv3", "bv4", "bv5", "be1", "be2", "be3", "bi1", "bi2", "bi3");

    /** CA Lorient Agglomération (SIREN). */
    static final String LORIENT_AGGLO = "200042174";

    /** CC de Blavet Bellevue Océan, a small neighbouring EPCI (SIREN). */
    static final String BLAVET = "245600440";

    private SurveyFixtures() {}

    static Set<String> hazards() {
        return ImpactChainFiles.fromClasspath(ImpactChainFiles.CURRENT, NEEDS).hazards().stream()
                .map(Hazard::id)
                .collect(Collectors.toSet());
    }

    /** A shipped template, read and checked without Spring. */
    static Questionnaire template(String code) {
        return SurveyTemplates.read(code, NEEDS, hazards());
    }
}
