package fr.resilience360.account;

import fr.resilience360.shared.UserInputException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which account an OpenID Connect sign-in (ProConnect) opens: the enabled account of the person's e-mail address, when
 * the provider vouches for that address, either by the standard {@code email_verified} claim or, for a provider that
 * does not send it but only gives addresses it checked itself (ProConnect: the administrations' identity providers),
 * because the configuration says so. Nothing is created: a person without an account must be invited first.
 */
final class OidcAccountMatch {

    private OidcAccountMatch() {}

    /**
     * @param claims the ID token's and UserInfo's claims
     * @param providerChecksEmails whether the provider only ever gives checked addresses ({@code email_verified} may
     *     then be absent; a {@code false} still refuses)
     * @param accounts the account of a normalized address
     */
    static Optional<Account> accountOf(
            Map<String, Object> claims, boolean providerChecksEmails, Function<String, Optional<Account>> accounts) {
        Object verified = claims.get("email_verified");
        boolean vouched = verified == null ? providerChecksEmails : Boolean.parseBoolean(verified.toString());
        if (!vouched || !(claims.get("email") instanceof String email)) return Optional.empty();
        try {
            return accounts.apply(Emails.normalize(email)).filter(Account::enabled);
        } catch (UserInputException notAnAddress) {
            return Optional.empty();
        }
    }
}
