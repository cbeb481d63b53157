package fr.resilience360.account;

import static fr.resilience360.account.AccountFixtures.LORIENT_AGGLO;
import static fr.resilience360.account.AccountFixtures.anyEmail;
import static fr.resilience360.account.AccountFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Sign-up by invitation: a territory's admin invites, the invited person accepts once within 7 days. */
@IntegrationTest
class AccountInvitationTest {

    private static final String MEMBERS = "/compte/territoires/" + LORIENT_AGGLO + "/membres";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/invitation/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CreateUserCommand createUser;

    @Autowired
    CreateAdminCommand createAdmin;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminInvitesAndTheInvitedPersonJoinsOnceWithTheRole() throws Exception {
        String admin = anyEmail();
        Cookie session = signInByLink(createUser, admin, "--role", "admin", "--territoire", LORIENT_AGGLO);
        assertThat(mvc.get().uri("/compte").cookie(session)).bodyText().contains("href=\"" + MEMBERS + "\"");
        assertThat(mvc.get().uri(MEMBERS).cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Membres — CA Lorient Agglomération", admin, "<label for=\"role\">Rôle</label>");

        String invited = anyEmail();
        String token = invite(session, invited.toUpperCase(), "editeur");
        OffsetDateTime expiresAt = jdbc.sql("select expires_at from account.invitation where token_hash = ?")
                .param(OneTimeTokens.hash(token))
                .query(OffsetDateTime.class)
                .single();
        assertThat(Duration.between(OffsetDateTime.now(), expiresAt))
                .isBetween(Duration.ofDays(7).minusMinutes(1), Duration.ofDays(7));
        assertThat(jdbc.sql("select count(*) from account.invitation where token_hash = ?")
                        .param(token)
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();

        assertThat(mvc.get().uri("/invitation/" + token))
                .hasStatusOk()
                .bodyText()
                .contains(invited, "CA Lorient Agglomération", "editeur", "Accepter l'invitation");
        MvcTestResult accepted =
                mvc.post().uri("/invitation/" + token).with(csrf()).exchange();
        assertThat(accepted).hasStatus(302).hasRedirectedUrl("/compte/mot-de-passe");
        Account account = accounts.find(invited).orElseThrow();
        assertThat(accounts.memberships(account)).containsExactly(new Membership(LORIENT_AGGLO, Role.EDITEUR));
        assertThat(mvc.get().uri("/compte").cookie(accepted.getResponse().getCookie("SESSION")))
                .bodyText()
                .contains(invited, "editeur");

        assertThat(mvc.post().uri("/invitation/" + token).with(csrf())).hasStatus(410);
        assertThat(mvc.get().uri("/invitation/" + token))
                .hasStatus(410)
                .bodyText()
                .contains("n'est plus valable");
        assertThat(mvc.get().uri(MEMBERS).cookie(session)).bodyText().contains(invited);
    }

    @Test
    void anExpiredInvitationIsRefused() throws Exception {
        Cookie session = signInByLink(createUser, anyEmail(), "--role", "admin", "--territoire", LORIENT_AGGLO);
        String token = invite(session, anyEmail(), "lecteur");
        jdbc.sql("update account.invitation set expires_at = now() - interval '1 second' where token_hash = ?")
                .param(OneTimeTokens.hash(token))
                .update();
        assertThat(mvc.post().uri("/invitation/" + token).with(csrf())).hasStatus(410);
    }

    @Test
    void onlyTheTerritorysAdminsAndPlatformAdministratorsManageItsMembers() throws Exception {
        Cookie editor = signInByLink(createUser, anyEmail(), "--role", "editeur", "--territoire", LORIENT_AGGLO);
        assertThat(mvc.get().uri(MEMBERS).cookie(editor)).hasStatus(403);
        assertThat(mvc.post()
                        .uri(MEMBERS)
                        .cookie(editor)
                        .with(csrf())
                        .param("email", anyEmail())
                        .param("role", "admin"))
                .hasStatus(403);

        Cookie otherAdmin = signInByLink(createUser, anyEmail(), "--role", "admin", "--territoire", "dep-56");
        assertThat(mvc.get().uri(MEMBERS).cookie(otherAdmin)).hasStatus(403);

        Cookie platformAdmin = signInByLink(createAdmin, anyEmail());
        assertThat(mvc.get().uri(MEMBERS).cookie(platformAdmin)).hasStatusOk();
        assertThat(mvc.get().uri("/compte/territoires/inconnu/membres").cookie(platformAdmin))
                .hasStatus(404);

        assertThat(mvc.get().uri(MEMBERS)).hasStatus(302).redirectedUrl().endsWith("/connexion");
    }

    @Test
    void aBadAddressOrRoleIsToldInFrench() throws Exception {
        Cookie session = signInByLink(createUser, anyEmail(), "--role", "admin", "--territoire", LORIENT_AGGLO);
        assertThat(inviting(session, "pas-une-adresse", "lecteur"))
                .hasStatus(400)
                .bodyText()
                .contains("n&#39;est pas une adresse électronique");
        assertThat(inviting(session, anyEmail(), "chef"))
                .hasStatus(400)
                .bodyText()
                .contains("Choisissez un rôle.");
    }

    private String invite(Cookie session, String email, String role) throws Exception {
        MvcTestResult result = inviting(session, email, role);
        assertThat(result).hasStatusOk().bodyText().contains("Invitation créée");
        Matcher link = LINK.matcher(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private MvcTestResult inviting(Cookie session, String email, String role) {
        return mvc.post()
                .uri(MEMBERS)
                .cookie(session)
                .with(csrf())
                .param("email", email)
                .param("role", role)
                .exchange();
    }

    private Cookie signInByLink(fr.resilience360.shared.AdminCommand command, String... args) throws Exception {
        String token = run(command, args).token();
        MvcTestResult used =
                mvc.post().uri("/connexion/lien/" + token).with(csrf()).exchange();
        assertThat(used).hasStatus(302);
        return used.getResponse().getCookie("SESSION");
    }
}
