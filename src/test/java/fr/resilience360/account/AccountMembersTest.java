package fr.resilience360.account;

import static fr.resilience360.account.AccountFixtures.LORIENT_AGGLO;
import static fr.resilience360.account.AccountFixtures.anyEmail;
import static fr.resilience360.account.AccountFixtures.run;
import static fr.resilience360.account.AccountFixtures.signInByLink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Managing a territory's members: its administrators change roles, remove members and revoke pending invitations; the
 * territory keeps at least one administrator; nobody else may.
 */
@IntegrationTest
class AccountMembersTest {

    private static final String MEMBERS = "/compte/territoires/" + LORIENT_AGGLO + "/membres";
    private static final String ROLE = MEMBERS + "/role";
    private static final String REMOVAL = MEMBERS + "/retrait";
    private static final String REVOCATION = "/compte/territoires/" + LORIENT_AGGLO + "/invitations/revocation";

    /** Brest: no other test gives roles there, so this class knows all its administrators. */
    private static final String BREST = "29019";

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
    void anAdminChangesAMembersRoleThenRemovesThem() throws Exception {
        Cookie admin = signInByLink(mvc, createUser, anyEmail(), "--role", "admin", "--territoire", LORIENT_AGGLO);
        String member = anyEmail();
        run(createUser, member, "--role", "lecteur", "--territoire", LORIENT_AGGLO);
        run(createUser, member, "--role", "lecteur", "--territoire", "dep-56");

        assertThat(post(admin, ROLE, member, "editeur")).hasStatus(302).hasRedirectedUrl(MEMBERS);
        assertThat(roleOf(member, LORIENT_AGGLO)).isEqualTo("editeur");
        assertThat(mvc.get().uri(MEMBERS).cookie(admin))
                .bodyText()
                .contains("<label class=\"visually-hidden\"", "Nouveau rôle de " + member);

        MvcTestResult removed = post(admin, REMOVAL, member, null);
        assertThat(removed).hasStatus(302).hasRedirectedUrl(MEMBERS);
        assertThat(removed.getMvcResult().getFlashMap().get("done"))
                .isEqualTo(member + " ne fait plus partie des membres.");
        assertThat(roleOf(member, LORIENT_AGGLO)).isNull();
        assertThat(roleOf(member, "dep-56")).as("ses autres rôles restent").isEqualTo("lecteur");
        assertThat(accounts.find(member)).as("le compte reste").isPresent();

        assertThat(post(admin, REMOVAL, member, null))
                .hasStatus(400)
                .bodyText()
                .contains("n&#39;est pas membre de ce territoire");
        assertThat(post(admin, ROLE, anyEmail(), "chef"))
                .hasStatus(400)
                .bodyText()
                .contains("Choisissez un rôle.");
    }

    @Test
    void theLastAdministratorCanBeNeitherRemovedNorDemoted() throws Exception {
        jdbc.sql("delete from account.membership where territory_id = ?")
                .param(BREST)
                .update();
        String only = anyEmail();
        Cookie admin = signInByLink(mvc, createUser, only, "--role", "admin", "--territoire", BREST);
        String brestMembers = "/compte/territoires/" + BREST + "/membres";

        assertThat(post(admin, brestMembers + "/role", only, "editeur"))
                .hasStatus(400)
                .bodyText()
                .contains("est le dernier administrateur du territoire");
        Cookie platformAdmin = signInByLink(mvc, createAdmin, anyEmail());
        assertThat(post(platformAdmin, brestMembers + "/retrait", only, null))
                .hasStatus(400)
                .bodyText()
                .contains("est le dernier administrateur du territoire");
        assertThat(roleOf(only, BREST)).isEqualTo("admin");

        run(createUser, anyEmail(), "--role", "admin", "--territoire", BREST);
        assertThat(post(admin, brestMembers + "/retrait", only, null))
                .as("once another admin exists, one may even leave, and is sent to their account page")
                .hasStatus(302)
                .hasRedirectedUrl("/compte");
        assertThat(roleOf(only, BREST)).isNull();
        assertThat(mvc.get().uri(brestMembers).cookie(admin)).hasStatus(403);
    }

    @Test
    void pendingInvitationsAreListedAndARevokedOneNoLongerWorks() throws Exception {
        Cookie admin = signInByLink(mvc, createUser, anyEmail(), "--role", "admin", "--territoire", LORIENT_AGGLO);
        String invited = anyEmail();
        String token = invite(admin, invited);
        assertThat(mvc.get().uri(MEMBERS).cookie(admin))
                .bodyText()
                .contains("Invitations en attente", invited, "Révoquer");

        MvcTestResult revoked = post(admin, REVOCATION, invited, null);
        assertThat(revoked).hasStatus(302).hasRedirectedUrl(MEMBERS);
        assertThat(mvc.get().uri(MEMBERS).cookie(admin))
                .bodyText()
                .contains("L&#39;invitation de " + invited + " est révoquée")
                .doesNotContain("value=\"" + invited + "\"");
        assertThat(mvc.post().uri("/invitation/" + token).with(csrf())).hasStatus(410);
        assertThat(accounts.find(invited)).isEmpty();
        assertThat(post(admin, REVOCATION, invited, null))
                .hasStatus(400)
                .bodyText()
                .contains("Aucune invitation en attente");
    }

    @Test
    void onlyTheTerritorysAdministratorsAndPlatformAdministratorsChangeItsMembers() throws Exception {
        String member = anyEmail();
        run(createUser, member, "--role", "contributeur", "--territoire", LORIENT_AGGLO);
        Cookie editor = signInByLink(mvc, createUser, anyEmail(), "--role", "editeur", "--territoire", LORIENT_AGGLO);
        Cookie reader = signInByLink(mvc, createUser, anyEmail(), "--role", "lecteur", "--territoire", LORIENT_AGGLO);
        Cookie otherAdmin = signInByLink(mvc, createUser, anyEmail(), "--role", "admin", "--territoire", "dep-56");
        for (Cookie refused : new Cookie[] {editor, reader, otherAdmin}) {
            assertThat(post(refused, ROLE, member, "admin")).hasStatus(403);
            assertThat(post(refused, REMOVAL, member, null)).hasStatus(403);
            assertThat(post(refused, REVOCATION, member, null)).hasStatus(403);
        }
        for (String page : new String[] {ROLE, REMOVAL, REVOCATION})
            assertThat(mvc.post().uri(page).with(csrf()).param("email", member).param("role", "admin"))
                    .hasStatus(302)
                    .redirectedUrl()
                    .endsWith("/connexion");
        assertThat(mvc.post().uri(REMOVAL).cookie(editor).param("email", member))
                .as("sans jeton CSRF")
                .hasStatus(403);
        assertThat(roleOf(member, LORIENT_AGGLO)).isEqualTo("contributeur");

        Cookie platformAdmin = signInByLink(mvc, createAdmin, anyEmail());
        assertThat(post(platformAdmin, ROLE, member, "lecteur")).hasStatus(302);
        assertThat(roleOf(member, LORIENT_AGGLO)).isEqualTo("lecteur");
    }

    private String invite(Cookie admin, String email) throws Exception {
        MvcTestResult result = post(admin, MEMBERS, email, "lecteur");
        assertThat(result).hasStatusOk();
        Matcher link = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})")
                .matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private MvcTestResult post(Cookie session, String uri, String email, String role) {
        var request = mvc.post().uri(uri).cookie(session).with(csrf()).param("email", email);
        if (role != null) request.param("role", role);
        return request.exchange();
    }

    private String roleOf(String email, String territoryId) {
        return jdbc.sql("""
                        select m.role from account.membership m join account.user_account u on u.id = m.user_id
                        where u.email = ? and m.territory_id = ?""")
                .params(email, territoryId)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
