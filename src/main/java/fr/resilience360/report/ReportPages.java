package fr.resilience360.report;

import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.shared.CacheablePages;
import fr.resilience360.territory.Territories;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pre-filled diagnostic shows only stored data: rendered once per version of the observatory, the division and the
 * precomputed reference scores it is compared with.
 */
@Configuration(proxyBeanMethods = false)
class ReportPages {

    @Bean
    CacheablePages reportCacheablePages(
            Observatory observatory, Territories territories, ReferenceScores referenceScores) {
        return new CacheablePages(
                List.of("/territoires/*/diagnostic"),
                () -> observatory.version() + "/" + territories.version() + "/" + referenceScores.version());
    }
}
