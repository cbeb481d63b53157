package fr.resilience360.web;

import fr.resilience360.shared.CacheablePages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the pages the modules declare {@link CacheablePages} from memory to anonymous visitors: the first GET of a
 * page at a data version renders it, later ones get the same bytes until the version changes. Only complete 200 HTML
 * answers are kept, at most {@link #MAX_BYTES} in all (least recently used first out). A request with a session
 * cookie or credentials, or with a method other than GET, always reaches the controller.
 */
class PageCache extends OncePerRequestFilter {

    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final List<CacheablePages> pages;
    private final Map<String, Page> cache = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    /** A rendered page: the version of the data it shows, its body and the headers that describe it. */
    record Page(String version, byte[] body, String contentType, String contentLanguage) {}

    PageCache(List<CacheablePages> pages) {
        this.pages = List.copyOf(pages);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> version = cacheable(request);
        if (version.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        Page page = get(key, version.get());
        if (page != null) {
            write(page, response);
            return;
        }
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        String type = capture.getContentType();
        if (capture.getStatus() == 200 && type != null && type.startsWith("text/html"))
            put(
                    key,
                    new Page(
                            version.get(),
                            capture.getContentAsByteArray(),
                            type,
                            capture.getHeader("Content-Language")));
        capture.copyBodyToResponse();
    }

    /** The version of the data a request's page shows, when the page may come from the cache. */
    Optional<String> cacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader(HttpHeaders.COOKIE) != null) return Optional.empty();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return pages.stream()
                .filter(p -> p.patterns().stream().anyMatch(pattern -> PATHS.match(pattern, path)))
                .findFirst()
                .map(p -> p.version().get());
    }

    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI()
                + (query == null ? "" : "?" + query)
                + (request.getHeader("HX-Request") == null ? "" : " htmx");
    }

    private synchronized Page get(String key, String version) {
        Page page = cache.get(key);
        return page != null && page.version().equals(version) ? page : null;
    }

    private synchronized void put(String key, Page page) {
        Page old = cache.put(key, page);
        bytes += page.body().length - (old == null ? 0 : old.body().length);
        var eldest = cache.entrySet().iterator();
        while (bytes > MAX_BYTES && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    private static void write(Page page, HttpServletResponse response) throws IOException {
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) response.setHeader("Content-Language", page.contentLanguage());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
