package fr.resilience360.web;

import fr.resilience360.shared.CacheablePages;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Installs the {@link PageCache} after the security filters, for the pages every module declares cacheable. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    @Bean
    FilterRegistrationBean<PageCache> pageCache(List<CacheablePages> pages) {
        FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(new PageCache(pages));
        registration.addUrlPatterns("/*");
        return registration;
    }
}
