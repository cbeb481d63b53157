package fr.resilience360.online;

import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.shared.CacheablePages;
import fr.resilience360.territory.Territories;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What an anonymous visitor sees of the online diagnostics changes only when a version is published: the published
 * portraits and need pages (immutable) and the territories' lists are rendered once per publication (and per version of
 * the comparison scores they are shown beside, of the {@link PortraitHighlights} shown around them and of the {@link PortraitPerceptions} shown beside the need scores). Drafts never
 * reach the cache (an anonymous visitor is sent to sign in), nor does anybody signed in.
 */
@Configuration(proxyBeanMethods = false)
class OnlinePages {

    @Bean
    CacheablePages onlineCacheablePages(
            DiagnosticRepository diagnostics,
            Territories territories,
            ReferenceScores references,
            List<PortraitHighlights> highlights,
            List<PortraitPerceptions> perceptions) {
        return new CacheablePages(
                List.of("/diagnostics/*", "/diagnostics/*/besoins/*", "/territoires/*/diagnostics"),
                () -> diagnostics.lastPublication() + "/" + territories.version() + "/" + references.version()
                        + highlights.stream().map(h -> "/" + h.version()).collect(Collectors.joining())
                        + perceptions.stream().map(p -> "/" + p.version()).collect(Collectors.joining()));
    }
}
