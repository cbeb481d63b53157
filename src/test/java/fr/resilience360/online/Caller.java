package fr.resilience360.online;

import static fr.resilience360.online.OnlineFixtures.BLAVET;
import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.account.Permissions;
import fr.resilience360.account.Role;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Who calls a private endpoint in the permission tests, and what they hold on CA Lorient Agglomération: anonymous,
 * signed in without a role, admin of another territory, each role of CA Lorient Agglomération, a platform
 * administrator. Their rights come from the matrix ({@link Permissions}), never written by hand.
 */
public enum Caller {
    ANONYME(null, false, null),
    SANS_ROLE(null, false, "-"),
    ADMIN_D_UN_AUTRE_TERRITOIRE(Role.ADMIN, false, BLAVET),
    LECTEUR(Role.LECTEUR, false, LORIENT_AGGLO),
    CONTRIBUTEUR(Role.CONTRIBUTEUR, false, LORIENT_AGGLO),
    EDITEUR(Role.EDITEUR, false, LORIENT_AGGLO),
    ADMIN(Role.ADMIN, false, LORIENT_AGGLO),
    ADMIN_PLATEFORME(null, true, "-");

    /** What an endpoint table expects when the caller is sent to the sign-in page. */
    public static final int SIGN_IN = -1;

    private final Role role;
    private final boolean platformAdmin;
    private final String territory;

    Caller(Role role, boolean platformAdmin, String territory) {
        this.role = role;
        this.platformAdmin = platformAdmin;
        this.territory = territory;
    }

    /** The caller's rights on CA Lorient Agglomération, from the matrix; null when anonymous. */
    public Set<Action> rights() {
        if (territory == null) return null;
        Optional<Role> held = LORIENT_AGGLO.equals(territory) ? Optional.of(role) : Optional.empty();
        Set<Action> actions = new TreeSet<>();
        for (Action action : Action.values()) if (Permissions.allows(platformAdmin, held, action)) actions.add(action);
        return actions;
    }

    /** A new account for this caller (null when anonymous). */
    public String signIn(Accounts accounts) {
        if (territory == null) return null;
        if (platformAdmin) {
            String email = "plateforme-" + UUID.randomUUID() + "@exemple.fr";
            accounts.createPlatformAdmin(email);
            return email;
        }
        return role == null ? OnlineFixtures.stranger(accounts) : OnlineFixtures.member(accounts, role, territory);
    }

    /** The answer is {@code expected}: a status, or {@link #SIGN_IN} for a redirection to the sign-in page. */
    public void gets(MvcTestResult result, int expected, Object endpoint) throws Exception {
        int status = result.getResponse().getStatus();
        if (expected == SIGN_IN) {
            assertThat(status).as("%s %s", this, endpoint).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/connexion");
        } else {
            assertThat(status)
                    .as("%s %s : %s", this, endpoint, result.getResponse().getContentAsString())
                    .isEqualTo(expected);
        }
    }
}
