package fr.resilience360.account;

import static fr.resilience360.account.AccountFixtures.LORIENT_AGGLO;
import static fr.resilience360.account.AccountFixtures.anyEmail;
import static fr.resilience360.account.AccountFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.shared.CommandException;
import fr.resilience360.shared.UserInputException;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Personal API tokens: issued by a command or the account page, stored hashed, sent as a bearer token, revoked. */
@IntegrationTest
class AccountApiTokensTest {

    private static final Pattern TOKEN = Pattern.compile("r360_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CreateUserCommand createUser;

    @Autowired
    CreateTokenCommand createToken;

    @Autowired
    DisableUserCommand disableUser;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createTokenPrintsTheTokenAloneAndOnlyItsHashIsStored() throws Exception {
        String email = anyEmail();
        run(createUser, email);
        var printed = run(createToken, email.toUpperCase());

        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out()).matches(TOKEN.pattern() + "\\R");
        assertThat(printed.err()).contains("ne sera plus affiché", "Authorization: Bearer");
        String token = printed.out().strip();
        assertThat(jdbc.sql("""
                        select t.token_hash, t.name from account.api_token t
                        join account.user_account u on u.id = t.user_id where u.email = ?""")
                        .param(email)
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                        .list())
                .containsExactly(OneTimeTokens.hash(token) + " Ligne de commande");
        assertThat(jdbc.sql("select count(*) from account.api_token where token_hash = ? or name = ?")
                        .params(token, token)
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();
        assertThat(run(createToken, email, "Sauvegarde nocturne").out()).isNotEqualTo(printed.out());
    }

    @Test
    void createTokenRefusesAnUnknownOrDisabledAccountInFrench() throws Exception {
        assertThatThrownBy(() -> run(createToken, anyEmail()))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("Aucun compte actif pour « agent-");
        String disabled = anyEmail();
        run(createUser, disabled);
        run(disableUser, disabled);
        assertThatThrownBy(() -> run(createToken, disabled)).hasMessageStartingWith("Aucun compte actif");
        assertThatThrownBy(() -> run(createToken)).isInstanceOf(CommandException.class);
        assertThatThrownBy(() -> run(createToken, "pas-une-adresse"))
                .hasMessageContaining("n'est pas une adresse électronique");
    }

    @Test
    void aBearerTokenAuthenticatesOneRequestWithoutOpeningASession() throws Exception {
        String email = anyEmail();
        run(createUser, email, "--role", "editeur", "--territoire", LORIENT_AGGLO);
        String token = run(createToken, email).out().strip();
        assertThat(used(token)).isFalse();

        MvcTestResult page = mvc.get()
                .uri("/compte")
                .header("Authorization", "Bearer " + token)
                .exchange();

        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("Mon compte", email, "editeur")
                .doesNotContain("_csrf");
        assertThat(page.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(page.getResponse().getCookie("SESSION")).isNull();
        assertThat(jdbc.sql("select count(*) from account.spring_session where principal_name = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(used(token)).isTrue();
    }

    @Test
    void aTokenCarriesTheAuthoritiesOfASignInAndNothingMore() {
        var user = new ApiTokenAuthentication(new Account(1, "agent@exemple.fr", false, true, false));
        var admin = new ApiTokenAuthentication(new Account(2, "admin@exemple.fr", true, true, true));

        assertThat(user.getName()).isEqualTo("agent@exemple.fr");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_USER");
        assertThat(admin.getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_USER", AccountSecurity.PLATFORM_ADMIN);
        assertThat(user.getCredentials()).isNull();
    }

    @Test
    void theCurrentAccountIsTheRequestsWhateverTheWayItAuthenticated() throws Exception {
        String email = anyEmail();
        run(createUser, email);
        Account account = accounts.find(email).orElseThrow();
        try {
            assertThat(accounts.current()).isEmpty();
            SecurityContextHolder.getContext()
                    .setAuthentication(new AnonymousAuthenticationToken(
                            "clé", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            assertThat(accounts.current()).isEmpty();
            SecurityContextHolder.getContext().setAuthentication(new ApiTokenAuthentication(account));
            assertThat(accounts.current()).contains(account);
            run(disableUser, email);
            assertThat(accounts.current()).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aWrongRevokedOrOrphanTokenGetsAFrench401() throws Exception {
        String email = anyEmail();
        run(createUser, email);
        String revoked = run(createToken, email).out().strip();
        jdbc.sql("update account.api_token set revoked_at = now() where token_hash = ?")
                .param(OneTimeTokens.hash(revoked))
                .update();
        String disabled = anyEmail();
        run(createUser, disabled);
        String ofDisabled = run(createToken, disabled).out().strip();
        run(disableUser, disabled);

        for (String token : new String[] {revoked, ofDisabled, "r360_" + "A".repeat(43), "n-importe-quoi"})
            for (String uri : new String[] {"/compte", "/api/v1/territoires/" + LORIENT_AGGLO})
                assertThat(mvc.get().uri(uri).header("Authorization", "Bearer " + token))
                        .hasStatus(401)
                        .hasHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                        .hasHeader("Content-Language", "fr")
                        .bodyText()
                        .contains(
                                "\"title\":\"Jeton d'API refusé\"",
                                "\"status\":401",
                                "révoqué",
                                "\"instance\":\"" + uri)
                        .doesNotContain("Unauthorized");
    }

    @Test
    void withoutAuthorizationHeaderNothingChanges() {
        for (String page : new String[] {"/compte", "/compte/jetons"})
            assertThat(mvc.get().uri(page)).hasStatus(302).redirectedUrl().endsWith("/connexion");
        assertThat(mvc.get().uri("/api/v1/territoires/" + LORIENT_AGGLO)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/territoires/" + LORIENT_AGGLO).header("Authorization", "Basic eDp5"))
                .hasStatusOk();
    }

    @Test
    void thePageListsTheTokensShowsANewOneOnceAndRevokesIt() throws Exception {
        String email = anyEmail();
        Cookie session = signInByLink(email);
        assertThat(mvc.get().uri("/compte").cookie(session)).bodyText().contains("href=\"/compte/jetons\"");
        assertThat(mvc.get().uri("/compte/jetons").cookie(session))
                .hasStatusOk()
                .bodyText()
                .contains("<h1>Jetons d'API</h1>", "Vous n'avez encore aucun jeton", "<label for=\"nom\">");

        MvcTestResult created = createOnPage(session, "Script de sauvegarde");
        assertThat(created).hasStatusOk().bodyText().contains("Copiez-le maintenant", "sera plus jamais affiché");
        Matcher shown = TOKEN.matcher(created.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(shown.find()).isTrue();
        String token = shown.group();

        assertThat(mvc.get().uri("/compte/jetons").header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyText()
                .contains("Script de sauvegarde", "actif")
                .doesNotContain(token, "Copiez-le", "jamais</td>");

        long id = idOf(token);
        assertThat(mvc.post().uri("/compte/jetons/" + id + "/revocation").cookie(session))
                .as("CSRF")
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/compte/jetons/" + id + "/revocation")
                        .cookie(session)
                        .with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/compte/jetons?revoque");
        assertThat(mvc.get().uri("/compte/jetons?revoque").cookie(session))
                .bodyText()
                .contains("Le jeton est révoqué", "révoqué le ")
                .doesNotContain("/revocation");
        assertThat(mvc.get().uri("/compte").header("Authorization", "Bearer " + token))
                .hasStatus(401);
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        Cookie session = signInByLink(anyEmail());
        assertThat(createOnPage(session, "  "))
                .hasStatus(400)
                .bodyText()
                .contains("Donnez un nom au jeton", "aria-describedby=\"aide-nom erreur-jeton\"");
        assertThat(createOnPage(session, "x".repeat(101)))
                .hasStatus(400)
                .bodyText()
                .contains("au plus 100 caractères");
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        String owner = anyEmail();
        run(createUser, owner);
        String token = run(createToken, owner).out().strip();
        Cookie other = signInByLink(anyEmail());

        assertThat(mvc.post()
                        .uri("/compte/jetons/" + idOf(token) + "/revocation")
                        .cookie(other)
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.get().uri("/compte").header("Authorization", "Bearer " + token))
                .hasStatusOk();
    }

    @Test
    void aTokenChangesNeitherThePasswordNorTheTokens() throws Exception {
        String email = anyEmail();
        run(createUser, email);
        String token = run(createToken, email).out().strip();
        String bearer = "Bearer " + token;
        assertThat(mvc.post().uri("/deconnexion").header("Authorization", bearer))
                .as("a bearer request needs no CSRF token: the refusals below are the pages' own")
                .hasStatus(302);

        assertThat(mvc.post()
                        .uri("/compte/jetons")
                        .header("Authorization", bearer)
                        .param("nom", "autre"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/compte/jetons/" + idOf(token) + "/revocation")
                        .header("Authorization", bearer))
                .hasStatus(403);
        String password = "une phrase de passe assez longue";
        assertThat(mvc.post()
                        .uri("/compte/mot-de-passe")
                        .header("Authorization", bearer)
                        .param("motDePasse", password)
                        .param("confirmation", password))
                .hasStatus(403);

        assertThat(jdbc.sql("select count(*) from account.api_token where revoked_at is null and user_id = "
                                + "(select id from account.user_account where email = ?)")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(mvc.get().uri("/compte").header("Authorization", bearer))
                .bodyText()
                .contains("à choisir");
    }

    private MvcTestResult createOnPage(Cookie session, String name) {
        return mvc.post()
                .uri("/compte/jetons")
                .cookie(session)
                .with(csrf())
                .param("nom", name)
                .exchange();
    }

    private long idOf(String token) {
        return jdbc.sql("select id from account.api_token where token_hash = ?")
                .param(OneTimeTokens.hash(token))
                .query(Long.class)
                .single();
    }

    private boolean used(String token) {
        return jdbc.sql("select last_used_at is not null from account.api_token where token_hash = ?")
                .param(OneTimeTokens.hash(token))
                .query(Boolean.class)
                .single();
    }

    private Cookie signInByLink(String email) throws Exception {
        String link = run(createUser, email).token();
        MvcTestResult used =
                mvc.post().uri("/connexion/lien/" + link).with(csrf()).exchange();
        assertThat(used).hasStatus(302);
        return used.getResponse().getCookie("SESSION");
    }
}
