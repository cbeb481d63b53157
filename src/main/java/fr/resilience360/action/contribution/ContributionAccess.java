package fr.resilience360.action.contribution;

import fr.resilience360.account.Account;
import fr.resilience360.account.Accounts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may contribute and moderate: any signed-in account proposes and sees its own contributions; the moderators are
 * the platform administrators (the account module's matrix lets them do everything). Refused, the API answers 401 to
 * an anonymous caller and 403 to others, and a page sends the first to sign in.
 */
@Component
class ContributionAccess {

    private final Accounts accounts;

    ContributionAccess(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The address of the signed-in person; refused when anonymous. */
    String contributor() {
        return accounts.current()
                .map(Account::email)
                .orElseThrow(() -> new AccessDeniedException("connectez-vous pour contribuer au catalogue."));
    }

    /** The address of the signed-in platform administrator; refused otherwise. */
    String moderator() {
        Account account = accounts.current()
                .orElseThrow(() -> new AccessDeniedException("connectez-vous pour modérer les contributions."));
        if (!account.platformAdmin())
            throw new AccessDeniedException("Seul un administrateur de la plateforme modère les contributions.");
        return account.email();
    }

    /** Whether the person of this request moderates. */
    boolean moderates() {
        return accounts.current().map(Account::platformAdmin).orElse(false);
    }
}
