package fr.resilience360.action.plan;

import fr.resilience360.account.Account;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Invitations;
import fr.resilience360.account.Member;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The members of a territory who may pilot an action, read from the account module: a pilot is stored by account id
 * and shown by e-mail address.
 */
@Component
class PlanMembers {

    private final Invitations invitations;
    private final Accounts accounts;

    PlanMembers(Invitations invitations, Accounts accounts) {
        this.invitations = invitations;
        this.accounts = accounts;
    }

    /** Each member's account id and address, in the account module's order. */
    Map<Long, String> byId(String territoryId) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Member m : invitations.members(territoryId))
            accounts.find(m.email()).ifPresent(a -> out.put(a.id(), a.email()));
        return out;
    }

    /** The account id of a member of the territory with this address; empty for anybody else. */
    Optional<Long> idOf(String territoryId, String email) {
        List<Member> members = invitations.members(territoryId);
        if (members.stream().noneMatch(m -> m.email().equalsIgnoreCase(email))) return Optional.empty();
        return accounts.find(email).map(Account::id);
    }
}
