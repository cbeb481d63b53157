package fr.resilience360.account;

import static fr.resilience360.account.AccountFixtures.anyEmail;
import static fr.resilience360.account.AccountFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A forgotten password: a one-time link written in the log (the tests configure no mail server; {@link AccountMailTest}
 * sends it), the same answer for anybody, at most three links an hour.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountPasswordResetTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080/connexion/lien/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CreateUserCommand createUser;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormIsLinkedFromTheSignInPage() {
        assertThat(mvc.get().uri("/connexion")).bodyText().contains("href=\"/connexion/mot-de-passe-oublie\"");
        assertThat(mvc.get().uri("/connexion/mot-de-passe-oublie"))
                .hasStatusOk()
                .bodyText()
                .contains("<h1>Mot de passe oublié</h1>", "<label for=\"email\">Adresse électronique</label>");
    }

    @Test
    void anAccountGetsAOneHourLinkInTheLogThatSignsInOnce(CapturedOutput output) throws Exception {
        String email = anyEmail();
        run(createUser, email);

        assertThat(requestReset(email.toUpperCase())).hasStatusOk().bodyText().contains("Si un compte existe");
        Matcher link = LINK.matcher(output.getOut().substring(output.getOut().lastIndexOf(email)));
        assertThat(link.find()).as("le lien est écrit dans le journal").isTrue();
        String token = link.group(1);
        OffsetDateTime expiresAt = jdbc.sql(
                        "select expires_at from account.sign_in_token where token_hash = ? and purpose = 'reinitialisation'")
                .param(OneTimeTokens.hash(token))
                .query(OffsetDateTime.class)
                .single();
        assertThat(Duration.between(OffsetDateTime.now(), expiresAt))
                .isBetween(Duration.ofMinutes(59), Duration.ofHours(1));

        assertThat(mvc.post().uri("/connexion/lien/" + token).with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/compte/mot-de-passe");
        assertThat(mvc.post().uri("/connexion/lien/" + token).with(csrf())).hasStatus(410);
    }

    @Test
    void aFourthRequestWithinAnHourGetsTheSameAnswerButNoLink(CapturedOutput output) throws Exception {
        String email = anyEmail();
        run(createUser, email);
        for (int i = 0; i < Accounts.MAX_RESET_REQUESTS; i++)
            assertThat(requestReset(email)).hasStatusOk().bodyText().contains("Si un compte existe");
        int logged = output.getOut().split(Pattern.quote(email), -1).length - 1;

        assertThat(requestReset(email)).hasStatusOk().bodyText().contains("Si un compte existe");
        assertThat(output.getOut().split(Pattern.quote(email), -1).length - 1).isEqualTo(logged);
        assertThat(jdbc.sql("""
                        select count(*) from account.sign_in_token t join account.user_account u on u.id = t.user_id
                        where u.email = ? and t.purpose = 'reinitialisation'""").param(email).query(Long.class).single()).isEqualTo(Accounts.MAX_RESET_REQUESTS);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoLink(CapturedOutput output) {
        String email = anyEmail();
        assertThat(requestReset(email)).hasStatusOk().bodyText().contains("Si un compte existe");
        assertThat(output.getOut()).doesNotContain(email);
    }

    @Test
    void somethingThatIsNotAnAddressIsToldInFrench() {
        assertThat(requestReset("pas-une-adresse"))
                .hasStatus(400)
                .bodyText()
                .contains("n&#39;est pas une adresse électronique");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult requestReset(String email) {
        return mvc.post()
                .uri("/connexion/mot-de-passe-oublie")
                .with(csrf())
                .param("email", email)
                .exchange();
    }
}
