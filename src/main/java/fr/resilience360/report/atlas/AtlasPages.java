package fr.resilience360.report.atlas;

import fr.resilience360.shared.CacheablePages;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** « Cartes de France » shows only stored public data: kept for anonymous visitors until the maps' inputs change. */
@Configuration(proxyBeanMethods = false)
class AtlasPages {

    @Bean
    CacheablePages atlasCacheablePages(AtlasMaps maps) {
        return new CacheablePages(List.of("/cartes"), maps::version);
    }
}
