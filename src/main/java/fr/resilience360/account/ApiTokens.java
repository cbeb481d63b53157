package fr.resilience360.account;

import fr.resilience360.shared.UserInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens (issue 9, item 3): a person's identity for scripts, sent as {@code Authorization: Bearer …}. A
 * token is {@link #PREFIX} and 256 random bits in base64url, so that a secret scanner recognises one pasted where it
 * should not be; only its SHA-256 hash is stored, the text is shown once. A token gives its account's identity and
 * nothing more (what that person may do is still decided by their memberships), until it is revoked or the account
 * disabled.
 */
@Service
public class ApiTokens {

    /** What every token starts with. */
    public static final String PREFIX = "r360_";

    /** {@link #PREFIX} and 32 bytes in base64url without padding. */
    static final int TOKEN_LENGTH = PREFIX.length() + 43;

    static final int MAX_NAME_LENGTH = 100;

    /** How precise {@link ApiToken#lastUsedAt()} is: a token used again within this time is not written again. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final AccountRepository accounts;
    private final ApiTokenRepository tokens;

    ApiTokens(AccountRepository accounts, ApiTokenRepository tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /**
     * Issues a token to an enabled account.
     *
     * @throws UserInputException for an unknown or disabled account, or a name empty or too long
     */
    public IssuedApiToken issue(String email, String name) {
        Account account = accounts.find(Emails.normalize(email))
                .filter(Account::enabled)
                .orElseThrow(() -> new UserInputException("Aucun compte actif pour « " + email.strip() + " »."));
        String secret = PREFIX + OneTimeTokens.newToken();
        return new IssuedApiToken(tokens.add(account.id(), checkedName(name), OneTimeTokens.hash(secret)), secret);
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty())
            throw new UserInputException("Donnez un nom au jeton (par exemple, le script qui s'en sert).");
        if (stripped.length() > MAX_NAME_LENGTH)
            throw new UserInputException("Le nom du jeton compte au plus " + MAX_NAME_LENGTH + " caractères.");
        return stripped;
    }

    /** A person's tokens, revoked ones included, oldest first. */
    public List<ApiToken> of(String email) {
        return accounts.find(Emails.normalize(email))
                .map(a -> tokens.ofUser(a.id()))
                .orElse(List.of());
    }

    /** Revokes one of a person's own tokens; false when they have no token of this id (someone else's, say). */
    public boolean revoke(String email, long tokenId) {
        return accounts.find(Emails.normalize(email))
                .map(a -> tokens.revoke(a.id(), tokenId))
                .orElse(false);
    }

    /**
     * The enabled account of an unrevoked token, noting its use (at most once per {@link #LAST_USE_PRECISION}).
     * Something that is not a token is refused without reading the database.
     */
    Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() != TOKEN_LENGTH) return Optional.empty();
        return tokens.holder(OneTimeTokens.hash(secret))
                .filter(holder -> holder.account().enabled())
                .map(holder -> {
                    Instant last = holder.lastUsedAt();
                    if (last == null || last.isBefore(Instant.now().minus(LAST_USE_PRECISION)))
                        tokens.touch(holder.tokenId(), LAST_USE_PRECISION);
                    return holder.account();
                });
    }
}
