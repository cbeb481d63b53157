package fr.resilience360.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Sign-up by invitation (issue 9): a territory's {@code admin} (or a platform administrator) invites an address with a
 * role; the invitation is a one-time link valid {@link #VALIDITY}, of which only the hash is stored. Accepting it
 * creates the account if needed, gives the role and signs the person in.
 */
@Service
public class Invitations {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final AccountRepository repository;
    private final String baseUrl;

    Invitations(
            AccountRepository repository, @Value("${resilience360.base-url:http://localhost:8080}") String baseUrl) {
        this.repository = repository;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Whether this signed-in person may invite and manage the members of a territory ({@link Permissions}). */
    public boolean mayManageMembers(String email, String territoryId) {
        return repository
                .find(Emails.normalize(email))
                .filter(Account::enabled)
                .map(account -> Permissions.allows(
                        account.platformAdmin(), roleOn(account, territoryId), Action.MANAGE_MEMBERS))
                .orElse(false);
    }

    private Optional<Role> roleOn(Account account, String territoryId) {
        return repository.memberships(account.id()).stream()
                .filter(m -> m.territoryId().equals(territoryId))
                .map(Membership::role)
                .findFirst();
    }

    public List<Member> members(String territoryId) {
        return repository.members(territoryId);
    }

    /**
     * Invites an address to a territory with a role and gives the link to pass on.
     *
     * @throws AccessDeniedException when the inviter may not manage the territory's members
     * @throws fr.resilience360.shared.UserInputException for something that is not an address
     */
    public SignInLink invite(String inviterEmail, String email, String territoryId, Role role) {
        if (!mayManageMembers(inviterEmail, territoryId))
            throw new AccessDeniedException("Seul un administrateur du territoire peut inviter.");
        long inviter =
                repository.find(Emails.normalize(inviterEmail)).orElseThrow().id();
        String token = OneTimeTokens.newToken();
        Instant expiresAt = Instant.now().plus(VALIDITY);
        Invitation invitation = new Invitation(Emails.normalize(email), territoryId, role);
        repository.addInvitation(OneTimeTokens.hash(token), invitation, inviter, expiresAt);
        return new SignInLink(baseUrl + "/invitation/" + token, expiresAt);
    }

    /** The invitation of a link, if it is neither used nor expired; it stays unused. */
    public Optional<Invitation> pending(String token) {
        return repository.validInvitation(OneTimeTokens.hash(token));
    }

    /** Accepts an invitation, once: the invited person's account, which now has the role. */
    public Optional<Account> accept(String token) {
        return repository
                .acceptInvitation(OneTimeTokens.hash(token))
                .flatMap(repository::find)
                .filter(Account::enabled);
    }
}
