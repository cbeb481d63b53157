package fr.resilience360.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page passes axe-core (WCAG 2.x rules) without serious or critical violations, on desktop and phone. */
class AccessibilityBrowserTest extends BrowserTestSupport {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/",
                "/recherche?q=lorient",
                "/recherche?q=zzzz",
                "/territoires/200042174",
                "/territoires/56121",
                "/territoires/dep-56",
                "/territoires/reg-53",
                "/territoires/FR",
                "/territoires/53",
                "/territoires/99999",
                "/a-propos",
                "/indicateurs",
                "/indicateurs/part_residences_secondaires",
                "/indicateurs/part_residences_secondaires?niveau=departement",
                "/indicateurs/inconnu",
                "/territoires/200042174/diagnostic",
                "/territoires/200042174/diagnostic?reference=56121",
                "/territoires/200042174/diagnostic?reference=00000",
                "/territoires/200042174/diagnostics",
                "/aleas",
                "/aleas/chaines",
                "/territoires/200042174/expositions",
                "/territoires/200042174/stress-test",
                "/territoires/200042174/stress-test?alea=canicule:4&alea=secheresse:2",
                "/territoires/200042174/stress-test?alea=meteorite:4",
                "/connexion",
                "/connexion?erreur",
                "/connexion?bloque",
                "/connexion?refuse",
                "/connexion/mot-de-passe-oublie",
                "/connexion/lien/inconnu",
                "/invitation/inconnu"
            })
    void pageHasNoSeriousAccessibilityViolation(String path) {
        page.navigate(url(path));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

        assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
    }

    @ParameterizedTest(name = "téléphone {0}")
    @ValueSource(
            strings = {
                "/",
                "/territoires/200042174",
                "/indicateurs/part_residences_secondaires",
                "/territoires/200042174/diagnostic",
                "/aleas/chaines",
                "/territoires/200042174/stress-test?alea=canicule:4&alea=secheresse:2"
            })
    void pageHasNoSeriousAccessibilityViolationOnAPhone(String path) {
        usePhone();
        page.navigate(url(path));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

        assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
    }
}
