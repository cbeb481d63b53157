package fr.resilience360.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.shared.CacheablePages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageCacheTest {

    private final AtomicReference<String> version = new AtomicReference<>("v1");
    private final AtomicInteger renders = new AtomicInteger();
    private final PageCache cache =
            new PageCache(List.of(new CacheablePages(List.of("/territoires/*/diagnostic"), version::get)));

    private final FilterChain controller = (request, response) -> {
        int n = renders.incrementAndGet();
        HttpServletResponse http = (HttpServletResponse) response;
        http.setContentType("text/html;charset=UTF-8");
        http.setHeader("Content-Language", "fr");
        http.getOutputStream().write(("rendu " + n + " — " + version.get()).getBytes(StandardCharsets.UTF_8));
    };

    @Test
    void rendersAPageOncePerDataVersion() throws Exception {
        MockHttpServletResponse first = get("/territoires/200042174/diagnostic");
        MockHttpServletResponse second = get("/territoires/200042174/diagnostic");

        assertThat(renders).hasValue(1);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(first.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("rendu 1 — v1");
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(second.getHeader("Content-Language")).isEqualTo("fr");

        version.set("v2");
        assertThat(get("/territoires/200042174/diagnostic").getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("rendu 2 — v2");
    }

    @Test
    void keepsEachPageAndEachHtmxFragmentApart() throws Exception {
        get("/territoires/200042174/diagnostic");
        get("/territoires/56121/diagnostic");
        MockHttpServletRequest htmx = request("/territoires/56121/diagnostic");
        htmx.addHeader("HX-Request", "true");
        cache.doFilter(htmx, new MockHttpServletResponse(), controller);

        assertThat(renders).hasValue(3);
    }

    @Test
    void visitorsWithASessionOrCredentialsAndOtherPagesAlwaysReachTheController() throws Exception {
        MockHttpServletRequest signedIn = request("/territoires/200042174/diagnostic");
        signedIn.addHeader("Cookie", "SESSION=abc");
        cache.doFilter(signedIn, new MockHttpServletResponse(), controller);
        cache.doFilter(signedIn, new MockHttpServletResponse(), controller);
        get("/territoires/200042174");
        get("/territoires/200042174");

        assertThat(renders).hasValue(4);
    }

    @Test
    void keepsOnlySuccessfulHtml() throws Exception {
        FilterChain notFound = (request, response) -> {
            renders.incrementAndGet();
            ((HttpServletResponse) response).setStatus(404);
            response.setContentType("text/html");
        };
        cache.doFilter(request("/territoires/inconnu/diagnostic"), new MockHttpServletResponse(), notFound);
        cache.doFilter(request("/territoires/inconnu/diagnostic"), new MockHttpServletResponse(), notFound);

        assertThat(renders).hasValue(2);
    }

    private MockHttpServletResponse get(String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request(path), response, controller);
        return response;
    }

    private static MockHttpServletRequest request(String path) {
        return new MockHttpServletRequest("GET", path);
    }
}
