package fr.resilience360.account;

import fr.resilience360.shared.UserInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The accounts' API: creating accounts with a one-time sign-in link, consuming such a link, setting a password,
 * reading a person's account and roles, and the account of the current request ({@link #current()}).
 */
@Service
public class Accounts {

    /** How long a sign-in link printed by a command stays valid (issue 9: « one-time sign-in link »). */
    static final Duration SIGN_IN_LINK_VALIDITY = Duration.ofHours(24);

    /** How long a password reset link stays valid. */
    static final Duration RESET_LINK_VALIDITY = Duration.ofHours(1);

    /** How many password reset links an address gets within {@link #RESET_REQUEST_WINDOW}: more are not made. */
    static final int MAX_RESET_REQUESTS = 3;

    static final Duration RESET_REQUEST_WINDOW = Duration.ofHours(1);

    /** The shortest password accepted: 12 characters, as the ANSSI recommends for a password alone. */
    static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final String baseUrl;

    Accounts(
            AccountRepository repository,
            PasswordEncoder passwordEncoder,
            @Value("${resilience360.base-url:http://localhost:8080}") String baseUrl) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Creates a platform administrator (or makes an existing account one) and gives a one-time sign-in link. */
    public SignInLink createPlatformAdmin(String email) {
        return create(email, true, Optional.empty());
    }

    /** Creates an account (or finds it), with a role on a territory if given, and gives a one-time sign-in link. */
    public SignInLink createUser(String email, Optional<Membership> membership) {
        return create(email, false, membership);
    }

    private SignInLink create(String email, boolean platformAdmin, Optional<Membership> membership) {
        String token = OneTimeTokens.newToken();
        Instant expiresAt = Instant.now().plus(SIGN_IN_LINK_VALIDITY);
        repository.createWithSignInLink(
                Emails.normalize(email), platformAdmin, membership, OneTimeTokens.hash(token), expiresAt);
        return new SignInLink(linkUrl(token), expiresAt);
    }

    /**
     * A one-time link to choose a new password, valid {@link #RESET_LINK_VALIDITY}, for an enabled account that has
     * had fewer than {@link #MAX_RESET_REQUESTS} such links within {@link #RESET_REQUEST_WINDOW} (counted in the
     * database, so by every instance together); empty otherwise, and for an address without an account (the caller
     * must not tell the difference to the person who asked).
     */
    public Optional<SignInLink> passwordResetLink(String email) {
        return find(email)
                .filter(Account::enabled)
                .filter(account ->
                        repository.recentResetTokens(account.id(), RESET_REQUEST_WINDOW) < MAX_RESET_REQUESTS)
                .map(account -> {
                    String token = OneTimeTokens.newToken();
                    Instant expiresAt = Instant.now().plus(RESET_LINK_VALIDITY);
                    repository.addResetToken(account.id(), OneTimeTokens.hash(token), expiresAt);
                    return new SignInLink(linkUrl(token), expiresAt);
                });
    }

    private String linkUrl(String token) {
        return baseUrl + "/connexion/lien/" + token;
    }

    public Optional<Account> find(String email) {
        return repository.find(Emails.normalize(email));
    }

    /**
     * The enabled account of the person this request is from, however they authenticated (password, one-time link,
     * invitation, API token); empty for an anonymous visitor. What they may do on a territory is then decided by
     * {@link #memberships} and {@link Permissions}, never by how they signed in.
     */
    public Optional<Account> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) return Optional.empty();
        return repository.find(authentication.getName()).filter(Account::enabled);
    }

    public List<Membership> memberships(Account account) {
        return repository.memberships(account.id());
    }

    /** Whether the person of this request (anonymous: no) may do the action on the territory, by {@link Permissions}. */
    public boolean currentMay(String territoryId, Action action) {
        return current().map(account -> may(account, territoryId, action)).orElse(false);
    }

    /**
     * The address of the person of this request if they may do the action on the territory; otherwise refused (an
     * anonymous visitor with « connectez-vous pour continuer. », the others with {@code refusal}): the API answers
     * 401 or 403, a page sends the first to sign in.
     */
    public String requireCurrent(String territoryId, Action action, String refusal) {
        Account account = current().orElseThrow(() -> new AccessDeniedException("connectez-vous pour continuer."));
        if (!may(account, territoryId, action)) throw new AccessDeniedException(refusal);
        return account.email();
    }

    private boolean may(Account account, String territoryId, Action action) {
        Optional<Role> role = memberships(account).stream()
                .filter(m -> m.territoryId().equals(territoryId))
                .map(Membership::role)
                .findFirst();
        return Permissions.allows(account.platformAdmin(), role, action);
    }

    /**
     * Disables an account: it can no longer sign in (password, link, invitation) and its open sessions are closed on
     * every instance, since they are all in PostgreSQL.
     *
     * @return the number of sessions closed
     * @throws UserInputException when no account has this address
     */
    public int disable(String email) {
        Account account = find(email).orElseThrow(() -> new UserInputException("Aucun compte pour « " + email + " »."));
        repository.disable(account.id());
        return repository.closeSessions(account.email());
    }

    /** The account a sign-in link would sign in, if it is neither used nor expired; the link stays unused. */
    public Optional<Account> signInLinkAccount(String token) {
        return repository.userOfValidToken(OneTimeTokens.hash(token)).flatMap(repository::find);
    }

    /** Uses a sign-in link: it gives its enabled account once, and nothing ever after (nor once expired). */
    public Optional<Account> consumeSignInLink(String token) {
        return repository
                .consumeToken(OneTimeTokens.hash(token))
                .flatMap(repository::find)
                .filter(Account::enabled);
    }

    /**
     * Sets a person's password, stored hashed (bcrypt).
     *
     * @throws UserInputException when it is too short or the confirmation differs
     */
    public void setPassword(String email, String password, String confirmation) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH)
            throw new UserInputException(
                    "Le mot de passe doit compter au moins " + MIN_PASSWORD_LENGTH + " caractères.");
        if (!password.equals(confirmation))
            throw new UserInputException("La confirmation ne correspond pas au mot de passe.");
        Account account = find(email).orElseThrow(() -> new UserInputException("Compte inconnu : " + email));
        repository.setPasswordHash(account.id(), passwordEncoder.encode(password));
    }
}
