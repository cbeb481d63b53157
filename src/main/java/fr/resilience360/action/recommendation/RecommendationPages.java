package fr.resilience360.action.recommendation;

import fr.resilience360.shared.CacheablePages;
import fr.resilience360.territory.Territories;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What an anonymous visitor sees on a recommendations page (no plan mark) changes only with the division and
 * {@link Recommendations#version()}: the web shell keeps its HTML until one of them moves.
 */
@Configuration(proxyBeanMethods = false)
class RecommendationPages {

    @Bean
    CacheablePages recommendationCacheablePages(Territories territories, Recommendations recommendations) {
        return new CacheablePages(
                List.of("/territoires/*/recommandations"),
                () -> territories.version() + "/" + recommendations.version());
    }
}
