package fr.resilience360.action.toolbox;

import fr.resilience360.shared.CacheablePages;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The toolbox pages show only the bundled data file: the web shell keeps their HTML for anonymous visitors until the
 * file's digest changes.
 */
@Configuration(proxyBeanMethods = false)
class ToolboxPages {

    @Bean
    CacheablePages toolboxCacheablePages(Toolbox toolbox) {
        return new CacheablePages(List.of("/outils", "/outils/*"), toolbox::version);
    }
}
