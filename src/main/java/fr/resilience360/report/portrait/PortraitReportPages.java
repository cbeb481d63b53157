package fr.resilience360.report.portrait;

import fr.resilience360.shared.CacheablePages;
import fr.resilience360.territory.Territories;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The report's page shows only stored public data: rendered once per version of what it is made of. */
@Configuration(proxyBeanMethods = false)
class PortraitReportPages {

    @Bean
    CacheablePages portraitReportCacheablePages(PortraitReports reports, Territories territories) {
        return new CacheablePages(
                List.of("/territoires/*/rapport"), () -> territories.version() + "/" + reports.version());
    }
}
