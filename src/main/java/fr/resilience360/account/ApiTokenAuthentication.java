package fr.resilience360.account;

import java.security.Principal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal API token: the account's e-mail address and the authorities of a form sign-in
 * ({@link AccountSecurity#userDetails}), for this request only. The pages that manage the credentials themselves
 * (password, tokens) refuse it: a leaked token must not be enough to take the account or outlive its revocation.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final String email;

    ApiTokenAuthentication(Account account) {
        super(AccountSecurity.userDetails(account, "").getAuthorities());
        this.email = account.email();
        setAuthenticated(true);
    }

    /**
     * Refuses (403) a request authenticated by a token, on a page that changes the password or the tokens.
     *
     * @throws AccessDeniedException when {@code principal} is such a request's
     */
    static void refuse(Principal principal) {
        if (principal instanceof ApiTokenAuthentication)
            throw new AccessDeniedException("Un jeton d'API ne permet pas de changer le mot de passe ni les jetons : "
                    + "connectez-vous avec votre mot de passe.");
    }

    @Override
    public Object getPrincipal() {
        return email;
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
