package fr.resilience360.online;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import java.util.Optional;
import java.util.UUID;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Members of territories for the web tests of the online diagnostic and of the modules that read it, each with an address no other test uses. */
public final class OnlineFixtures {

    /** CA Lorient Agglomération (SIREN). */
    public static final String LORIENT_AGGLO = "200042174";

    /** CC de Blavet Bellevue Océan, a small neighbouring EPCI (SIREN). */
    public static final String BLAVET = "245600440";

    private OnlineFixtures() {}

    /** A new account holding {@code role} on {@code territoryId}; its address. */
    public static String member(Accounts accounts, Role role, String territoryId) {
        String email = "membre-" + UUID.randomUUID() + "@exemple.fr";
        accounts.createUser(email, Optional.of(new Membership(territoryId, role)));
        return email;
    }

    /** A new account with no role anywhere; its address. */
    public static String stranger(Accounts accounts) {
        String email = "personne-" + UUID.randomUUID() + "@exemple.fr";
        accounts.createUser(email, Optional.empty());
        return email;
    }

    /**
     * Signed in as this address (the account's roles are read from the database by the checks), with a session cookie
     * as a signed-in browser always sends: the page cache keeps only the pages of requests without one.
     */
    public static RequestPostProcessor as(String email) {
        RequestPostProcessor user = user(email).roles("USER");
        return request -> {
            request.setCookies(new jakarta.servlet.http.Cookie("SESSION", "essai"));
            return user.postProcessRequest(request);
        };
    }
}
