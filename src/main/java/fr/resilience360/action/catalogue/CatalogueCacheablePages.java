package fr.resilience360.action.catalogue;

import fr.resilience360.action.ActionFeedbacks;
import fr.resilience360.action.Catalogue;
import fr.resilience360.shared.CacheablePages;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What an anonymous visitor sees of the catalogue changes only with the catalogue (an accepted action) and the
 * accepted experience feedbacks: the web shell keeps the pages until one of them moves. The pages of contributions and
 * moderation under {@code /actions/} never answer an anonymous visitor with a page (they send to sign in), so none is
 * kept.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueCacheablePages {

    @Bean
    CacheablePages actionCatalogueCacheablePages(Catalogue catalogue, ObjectProvider<ActionFeedbacks> feedbacks) {
        return new CacheablePages(List.of("/actions", "/actions/*"), () -> {
            ActionFeedbacks f = feedbacks.getIfAvailable();
            return catalogue.version() + "/" + (f == null ? "-" : f.version());
        });
    }
}
