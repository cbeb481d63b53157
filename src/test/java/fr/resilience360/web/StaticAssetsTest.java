package fr.resilience360.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.DigestUtils;

/** Static assets are addressed by their content, so that a changed file reaches browsers despite the long cache. */
@IntegrationTest
class StaticAssetsTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void pagesLinkTheStylesheetByTheHashOfItsContent() throws Exception {
        String hash;
        try (InputStream css = getClass().getResourceAsStream("/static/css/app.css")) {
            hash = DigestUtils.md5DigestAsHex(css);
        }

        assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().contains("href=\"/assets/css/app-" + hash + ".css\"");
    }

    @Test
    void theHashedAddressIsServedWithTheSevenDayCache() throws Exception {
        String css = link("/", "/assets/css/app-[0-9a-f]{32}\\.css");

        assertThat(mvc.get().uri(css))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("text/css")
                .hasHeader("Cache-Control", "max-age=604800")
                .bodyText()
                .contains(".site-header");
    }

    @Test
    void webjarsAndScriptsAreVersionedAndStillResolve() throws Exception {
        String htmx = link("/", "/webjars/htmx\\.org/[^\"]*htmx\\.min-[0-9a-f]{32}\\.js");
        String leaflet = link("/territoires/200042174", "/webjars/leaflet/[^\"]*leaflet-[0-9a-f]{32}\\.css");
        String map = link("/territoires/200042174", "/assets/js/territory-map-[0-9a-f]{32}\\.js");

        assertThat(mvc.get().uri(htmx)).hasStatusOk().hasHeader("Cache-Control", "max-age=604800");
        assertThat(mvc.get().uri(leaflet))
                .hasStatusOk()
                .bodyText()
                .containsPattern("url\\(/webjars/leaflet/[^)]*/images/layers-[0-9a-f]{32}\\.png\\)");
        assertThat(mvc.get().uri(map)).hasStatusOk();
    }

    private String link(String page, String regex) throws Exception {
        String html = mvc.get()
                .uri(page)
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("%s dans %s", regex, page).isTrue();
        return matcher.group();
    }
}
