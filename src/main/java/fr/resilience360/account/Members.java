package fr.resilience360.account;

import fr.resilience360.shared.UserInputException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Managing a territory's members (issue 9): its administrators (and platform administrators) change a member's role,
 * remove a member, and see and revoke the pending invitations. A territory never loses its last administrator.
 */
@Service
public class Members {

    private final Invitations invitations;
    private final MembershipRepository repository;

    Members(Invitations invitations, MembershipRepository repository) {
        this.invitations = invitations;
        this.repository = repository;
    }

    public List<PendingInvitation> pendingInvitations(String territoryId) {
        return repository.pendingInvitations(territoryId);
    }

    /**
     * @throws AccessDeniedException when the manager may not manage the territory's members
     * @throws UserInputException when the address is not a member, or is the last administrator losing that role
     */
    public void changeRole(String managerEmail, String territoryId, String email, Role role) {
        check(managerEmail, territoryId);
        ensureDone(repository.changeRole(territoryId, Emails.normalize(email), role), email);
    }

    /**
     * Removes a member from the territory; their account stays, with its other roles.
     *
     * @throws AccessDeniedException when the manager may not manage the territory's members
     * @throws UserInputException when the address is not a member, or is the last administrator
     */
    public void remove(String managerEmail, String territoryId, String email) {
        check(managerEmail, territoryId);
        ensureDone(repository.remove(territoryId, Emails.normalize(email)), email);
    }

    /**
     * Lets a member of an EPCI read the drafts of its communes' diagnostics, or no longer.
     *
     * @throws AccessDeniedException when the manager may not manage the territory's members
     * @throws UserInputException when the address is not a member
     */
    public void setReadsCommunes(String managerEmail, String territoryId, String email, boolean reads) {
        check(managerEmail, territoryId);
        ensureDone(repository.setReadsCommunes(territoryId, Emails.normalize(email), reads), email);
    }

    /**
     * Revokes the pending invitations of an address to the territory: their links no longer work.
     *
     * @throws AccessDeniedException when the manager may not manage the territory's members
     * @throws UserInputException when the address has no pending invitation there
     */
    public void revoke(String managerEmail, String territoryId, String email) {
        check(managerEmail, territoryId);
        if (repository.revoke(territoryId, Emails.normalize(email)) == 0)
            throw new UserInputException("Aucune invitation en attente pour « " + email + " ».");
    }

    private void check(String managerEmail, String territoryId) {
        if (!invitations.mayManageMembers(managerEmail, territoryId))
            throw new AccessDeniedException("Seul un administrateur du territoire gère ses membres.");
    }

    private static void ensureDone(MembershipRepository.Outcome outcome, String email) {
        switch (outcome) {
            case NOT_A_MEMBER -> throw new UserInputException("« " + email + " » n'est pas membre de ce territoire.");
            case LAST_ADMIN ->
                throw new UserInputException("« " + email
                        + " » est le dernier administrateur du territoire : nommez d'abord un autre administrateur.");
            case DONE -> {}
        }
    }
}
