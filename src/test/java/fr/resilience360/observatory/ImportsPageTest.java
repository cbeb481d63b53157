package fr.resilience360.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.online.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The imports' administration page: the platform administrators' only (issue 14). */
@IntegrationTest
class ImportsPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Test
    void theImportsPageListsLoadedDatasetsWithVersionsAndCounts() {
        RequestPostProcessor admin = user(Caller.ADMIN_PLATEFORME.signIn(accounts));
        assertThat(mvc.get().uri("/admin/imports").with(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Imports de l'observatoire", "insee-bpe", "aggregates", "Progression");
        assertThat(mvc.get().uri("/admin/imports/progression").with(admin))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"progression\"");
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void onlyAPlatformAdministratorOpensTheAdministrationPages(Caller caller) throws Exception {
        String email = caller.signIn(accounts);
        RequestPostProcessor who = email == null ? request -> request : user(email);
        int expected = switch (caller) {
            case ADMIN_PLATEFORME -> 200;
            case ANONYME -> Caller.SIGN_IN;
            default -> 403;
        };
        for (String page : new String[] {"/admin/imports", "/admin/imports/progression"}) {
            MvcTestResult result = mvc.get().uri(page).with(who).exchange();

            caller.gets(result, expected, page);
        }
    }
}
