package fr.resilience360.territory;

import fr.resilience360.shared.CacheablePages;
import fr.resilience360.territory.typology.TerritoryTypologies;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A territory's page shows only the division and the typology: rendered once per version of the division and of the
 * typology files.
 */
@Configuration(proxyBeanMethods = false)
class TerritoryPages {

    @Bean
    CacheablePages territoryCacheablePages(Territories territories, TerritoryTypologies typologies) {
        return new CacheablePages(List.of("/territoires/*"), () -> territories.version() + "/" + typologies.version());
    }
}
