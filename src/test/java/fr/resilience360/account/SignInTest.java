package fr.resilience360.account;

import static fr.resilience360.account.AccountFixtures.anyEmail;
import static fr.resilience360.account.AccountFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signing in and out: the French form, one-time links, CSRF, the protected account pages, sessions in PostgreSQL. */
@IntegrationTest
class SignInTest {

    static final String PASSWORD = "une phrase de passe assez longue";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CreateUserCommand createUser;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSignInPageIsAnAccessibleFrenchForm() {
        assertThat(mvc.get().uri("/connexion"))
                .hasStatusOk()
                .bodyText()
                .contains("<h1>Connexion</h1>", "<label for=\"email\">Adresse électronique</label>")
                .contains("<label for=\"motDePasse\">Mot de passe</label>", "name=\"_csrf\"")
                .doesNotContain("incorrect");
    }

    @Test
    void withoutAnOidcProviderConfiguredTheSignInPageOffersNoneAndItsAddressesAreUnknown() {
        assertThat(mvc.get().uri("/connexion"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Se connecter avec", "/oauth2/authorization/");
        assertThat(mvc.get().uri("/oauth2/authorization/proconnect")).hasStatus(404);
        assertThat(mvc.get().uri("/login/oauth2/code/proconnect")).hasStatus(404);
    }

    @Test
    void aRefusedOidcSignInIsToldInFrench() {
        assertThat(mvc.get().uri("/connexion?refuse"))
                .hasStatusOk()
                .bodyText()
                .contains("Connexion refusée : aucun compte actif", "Aucun compte n'a été")
                .doesNotContain("incorrect");
    }

    @Test
    void accountPagesSendAnonymousVisitorsToTheSignInPage() {
        for (String page : new String[] {"/compte", "/compte/mot-de-passe"})
            assertThat(mvc.get().uri(page)).hasStatus(302).redirectedUrl().endsWith("/connexion");
    }

    @Test
    void publicPagesStayOpenAndCreateNoSession() {
        MvcTestResult home = mvc.get().uri("/").exchange();
        assertThat(home).hasStatusOk();
        assertThat(home.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(mvc.get().uri("/territoires/200042174")).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/territoires/200042174")).hasStatusOk();
    }

    @Test
    void everyPageHeaderLinksToTheSignInPageTheSameForEverybody() throws Exception {
        String link = "<li><a href=\"/connexion\">Connexion</a></li>";
        for (String page : new String[] {"/", "/a-propos", "/territoires/200042174", "/connexion"})
            assertThat(mvc.get().uri(page)).bodyText().contains(link);
        Cookie session = signInByLink(anyEmail());
        assertThat(mvc.get().uri("/").cookie(session))
                .as("a plain link, without anything personal, so that the cached public pages stay the same for all")
                .bodyText()
                .contains(link)
                .doesNotContain("Mon compte");
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() {
        assertThat(mvc.post().uri("/connexion").param("email", anyEmail()).param("motDePasse", PASSWORD))
                .hasStatus(403);
        assertThat(mvc.post().uri("/deconnexion")).hasStatus(403);
    }

    @Test
    void aWrongPasswordIsToldInFrenchWithoutSayingWhetherTheAccountExists() throws Exception {
        String email = signUpWithPassword();
        for (String who : new String[] {email, anyEmail()})
            assertThat(signIn(who, "pas le bon mot de passe")).hasStatus(302).hasRedirectedUrl("/connexion?erreur");
        assertThat(mvc.get().uri("/connexion?erreur"))
                .bodyText()
                .contains("Adresse électronique ou mot de passe incorrect.", "role=\"alert\"");
    }

    @Test
    void afterFiveFailuresAnAddressIsRefusedEvenWithTheRightPasswordAndOthersAreNot() throws Exception {
        String email = signUpWithPassword();
        String unknown = anyEmail();
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            assertThat(signIn(email, "essai " + i)).hasRedirectedUrl("/connexion?erreur");
            assertThat(signIn(unknown, "essai " + i)).hasRedirectedUrl("/connexion?erreur");
        }

        for (String who : new String[] {email, email.toUpperCase(), unknown})
            assertThat(signIn(who, PASSWORD)).hasStatus(302).hasRedirectedUrl("/connexion?bloque");
        assertThat(mvc.get().uri("/connexion?bloque"))
                .bodyText()
                .contains("Trop de tentatives de connexion échouées pour cette adresse : réessayez dans 15 minutes.");

        jdbc.sql("update account.sign_in_failure set failed_at = failed_at - interval '16 minutes' where email = ?")
                .param(email)
                .update();
        assertThat(signIn(email, PASSWORD)).hasRedirectedUrl("/compte");
    }

    @Test
    void aSuccessClearsTheFailures() throws Exception {
        String email = signUpWithPassword();
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) signIn(email, "essai " + i);
        assertThat(signIn(email, PASSWORD)).hasRedirectedUrl("/compte");
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) signIn(email, "essai " + i);
        assertThat(signIn(email, PASSWORD)).hasRedirectedUrl("/compte");
    }

    @Test
    void aOneTimeLinkSignsInOnceThenThePasswordSignsIn() throws Exception {
        String email = signUpWithPassword();

        MvcTestResult signedIn = signIn(email.toUpperCase(), PASSWORD);
        assertThat(signedIn).hasStatus(302).hasRedirectedUrl("/compte");
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        assertThat(mvc.get().uri("/compte").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("Mon compte", email, "Lorient", "editeur", "Se déconnecter")
                .doesNotContain("Votre mot de passe est enregistré");
        assertThat(mvc.get().uri("/compte?motDePasseEnregistre").cookie(session))
                .bodyText()
                .contains("Votre mot de passe est enregistré");
        assertThat(sessionsOf(email)).isPositive();

        assertThat(mvc.post().uri("/deconnexion").cookie(session).with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/connexion?deconnecte");
        assertThat(mvc.get().uri("/connexion?deconnecte")).bodyText().contains("Vous êtes déconnecté.");
        assertThat(mvc.get().uri("/compte").cookie(session)).hasStatus(302);
    }

    @Test
    void aUsedLinkNoLongerWorks() throws Exception {
        String token = run(createUser, anyEmail()).token();
        assertThat(mvc.post().uri("/connexion/lien/" + token).with(csrf())).hasStatus(302);
        assertThat(mvc.get().uri("/connexion/lien/" + token))
                .hasStatus(410)
                .bodyText()
                .contains("n'est plus valable");
        assertThat(mvc.post().uri("/connexion/lien/" + token).with(csrf())).hasStatus(410);
        assertThat(mvc.post().uri("/connexion/lien/inconnu").with(csrf())).hasStatus(410);
    }

    @Test
    void aPasswordTooShortOrNotConfirmedIsRefusedInFrench() throws Exception {
        Cookie session = signInByLink(anyEmail());
        assertThat(setPassword(session, "court", "court"))
                .hasStatus(400)
                .bodyText()
                .contains("au moins 12 caractères");
        assertThat(setPassword(session, PASSWORD, PASSWORD + "!"))
                .hasStatus(400)
                .bodyText()
                .contains("La confirmation ne correspond pas");
    }

    /** A new editor of CA Lorient Agglomération who has opened their link and chosen {@link #PASSWORD}. */
    private String signUpWithPassword() throws Exception {
        String email = anyEmail();
        Cookie session = signInByLink(email, "--role", "editeur", "--territoire", AccountFixtures.LORIENT_AGGLO);
        assertThat(setPassword(session, PASSWORD, PASSWORD))
                .hasStatus(302)
                .hasRedirectedUrl("/compte?motDePasseEnregistre");
        return email;
    }

    private Cookie signInByLink(String email, String... options) throws Exception {
        String[] args = new String[options.length + 1];
        args[0] = email;
        System.arraycopy(options, 0, args, 1, options.length);
        String token = run(createUser, args).token();
        assertThat(mvc.get().uri("/connexion/lien/" + token))
                .hasStatusOk()
                .bodyText()
                .contains(email);
        MvcTestResult used =
                mvc.post().uri("/connexion/lien/" + token).with(csrf()).exchange();
        assertThat(used).hasStatus(302).hasRedirectedUrl("/compte/mot-de-passe");
        Cookie session = used.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(mvc.get().uri("/compte/mot-de-passe").cookie(session)).hasStatusOk();
        return session;
    }

    private MvcTestResult setPassword(Cookie session, String password, String confirmation) {
        return mvc.post()
                .uri("/compte/mot-de-passe")
                .cookie(session)
                .with(csrf())
                .param("motDePasse", password)
                .param("confirmation", confirmation)
                .exchange();
    }

    private MvcTestResult signIn(String email, String password) {
        return mvc.post()
                .uri("/connexion")
                .with(csrf())
                .param("email", email)
                .param("motDePasse", password)
                .exchange();
    }

    private long sessionsOf(String email) {
        return jdbc.sql("select count(*) from account.spring_session where principal_name = ?")
                .param(email)
                .query(Long.class)
                .single();
    }
}
