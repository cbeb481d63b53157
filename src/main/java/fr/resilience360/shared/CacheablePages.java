package fr.resilience360.shared;

import java.util.List;
import java.util.function.Supplier;

/**
 * Pages whose HTML depends only on stored data, declared by the module that renders them: the web shell keeps their
 * rendering for anonymous visitors until {@code version} changes (a new import, a reloaded division), so a page is
 * rendered once per version rather than once per request.
 *
 * @param patterns Ant-style paths, e.g. {@code /territoires/*}{@code /diagnostic}
 * @param version the version of the data the pages show; any change empties their cache
 */
public record CacheablePages(List<String> patterns, Supplier<String> version) {

    public CacheablePages {
        patterns = List.copyOf(patterns);
    }
}
