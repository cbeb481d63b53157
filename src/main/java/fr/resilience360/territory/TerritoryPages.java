package fr.resilience360.territory;

import fr.resilience360.shared.CacheablePages;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A territory's page shows only the division: rendered once per version of the division. */
@Configuration(proxyBeanMethods = false)
class TerritoryPages {

    @Bean
    CacheablePages territoryCacheablePages(Territories territories) {
        return new CacheablePages(List.of("/territoires/*"), territories::version);
    }
}
