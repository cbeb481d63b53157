package fr.resilience360.account;

import static fr.resilience360.account.AccountFixtures.anyEmail;
import static fr.resilience360.account.AccountFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.shared.UserInputException;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Disabling an account closes its sessions and refuses every way of signing in. */
@IntegrationTest
class AccountDisableTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CreateUserCommand createUser;

    @Autowired
    DisableUserCommand disableUser;

    @Autowired
    Accounts accounts;

    @Test
    void aDisabledAccountLosesItsSessionsAndCannotSignInAgain() throws Exception {
        String email = anyEmail();
        Cookie session = signInByLink(run(createUser, email).token());
        assertThat(mvc.get().uri("/compte").cookie(session)).hasStatusOk();
        String unusedToken = run(createUser, email).token();

        var printed = run(disableUser, email.toUpperCase());
        assertThat(printed.out()).isEqualTo("Compte désactivé ; sessions fermées : 1" + System.lineSeparator());

        assertThat(accounts.find(email).orElseThrow().enabled()).isFalse();
        assertThat(mvc.get().uri("/compte").cookie(session)).hasStatus(302);
        assertThat(mvc.post().uri("/connexion/lien/" + unusedToken).with(csrf()))
                .hasStatus(410);
        assertThat(accounts.passwordResetLink(email)).isEmpty();
    }

    @Test
    void anUnknownAddressIsToldInFrench() {
        assertThatThrownBy(() -> run(disableUser, anyEmail()))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("Aucun compte pour");
    }

    private Cookie signInByLink(String token) {
        MvcTestResult used =
                mvc.post().uri("/connexion/lien/" + token).with(csrf()).exchange();
        assertThat(used).hasStatus(302);
        return used.getResponse().getCookie("SESSION");
    }
}
