package fr.resilience360.opendata;

import fr.resilience360.observatory.Observatory;
import fr.resilience360.shared.CacheablePages;
import fr.resilience360.territory.Territories;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The indicator pages and each territory's indicator section show only stored data: rendered once per data version. */
@Configuration(proxyBeanMethods = false)
class OpenDataPages {

    @Bean
    CacheablePages openDataCacheablePages(Observatory observatory, Territories territories) {
        return new CacheablePages(
                List.of("/indicateurs", "/indicateurs/*", "/territoires/*/indicateurs"),
                () -> observatory.version() + "/" + territories.version());
    }
}
