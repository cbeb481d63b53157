package fr.resilience360.account;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A territory's members and pending invitations as its administrators change them. The territory always keeps an
 * administrator: its admin memberships are locked while one of them is changed, so that two administrators removing
 * each other at the same time cannot both succeed.
 */
@Repository
class MembershipRepository {

    private final JdbcClient jdbc;

    MembershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a change of membership did. */
    enum Outcome {
        DONE,
        NOT_A_MEMBER,
        LAST_ADMIN
    }

    /** Gives a member another role; refused when it would leave the territory without an administrator. */
    @Transactional
    Outcome changeRole(String territoryId, String email, Role role) {
        Optional<Role> current = lockedRole(territoryId, email);
        if (current.isEmpty()) return Outcome.NOT_A_MEMBER;
        if (current.get() == Role.ADMIN && role != Role.ADMIN && admins(territoryId) <= 1) return Outcome.LAST_ADMIN;
        jdbc.sql("""
                        update account.membership set role = ? where territory_id = ?
                        and user_id = (select id from account.user_account where email = ?)""").params(role.code(), territoryId, email).update();
        return Outcome.DONE;
    }

    /** Removes a member from the territory (their account stays); refused for its last administrator. */
    @Transactional
    Outcome remove(String territoryId, String email) {
        Optional<Role> current = lockedRole(territoryId, email);
        if (current.isEmpty()) return Outcome.NOT_A_MEMBER;
        if (current.get() == Role.ADMIN && admins(territoryId) <= 1) return Outcome.LAST_ADMIN;
        jdbc.sql("""
                        delete from account.membership where territory_id = ?
                        and user_id = (select id from account.user_account where email = ?)""").params(territoryId, email).update();
        return Outcome.DONE;
    }

    /** Lets a member read the drafts of the territory's communes, or no longer. */
    @Transactional
    Outcome setReadsCommunes(String territoryId, String email, boolean reads) {
        int updated = jdbc.sql("""
                        update account.membership set reads_communes = ? where territory_id = ?
                        and user_id = (select id from account.user_account where email = ?)""").params(reads, territoryId, email).update();
        return updated == 0 ? Outcome.NOT_A_MEMBER : Outcome.DONE;
    }

    /** The member's role, after locking the territory's administrators (then theirs) until the transaction ends. */
    private Optional<Role> lockedRole(String territoryId, String email) {
        jdbc.sql("select user_id from account.membership where territory_id = ? and role = 'admin' for update")
                .param(territoryId)
                .query(Long.class)
                .list();
        return jdbc.sql("""
                        select m.role from account.membership m join account.user_account u on u.id = m.user_id
                        where m.territory_id = ? and u.email = ? for update of m""")
                .params(territoryId, email)
                .query(String.class)
                .optional()
                .flatMap(Role::fromCode);
    }

    private int admins(String territoryId) {
        return jdbc.sql("select count(*) from account.membership where territory_id = ? and role = 'admin'")
                .param(territoryId)
                .query(Integer.class)
                .single();
    }

    /** The invitations to a territory neither accepted nor expired, soonest to expire first. */
    List<PendingInvitation> pendingInvitations(String territoryId) {
        return jdbc.sql("""
                        select i.email, i.role, i.expires_at, u.email from account.invitation i
                        left join account.user_account u on u.id = i.invited_by
                        where i.territory_id = ? and i.used_at is null and i.expires_at > now()
                        order by i.expires_at, i.email""")
                .param(territoryId)
                .query((rs, n) -> new PendingInvitation(
                        rs.getString(1),
                        Role.fromCode(rs.getString(2)).orElseThrow(),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
                .list();
    }

    /** Revokes the pending invitations of an address to a territory: their links no longer work. How many there were. */
    @Transactional
    int revoke(String territoryId, String email) {
        return jdbc.sql("""
                        delete from account.invitation
                        where territory_id = ? and email = ? and used_at is null and expires_at > now()""").params(territoryId, email).update();
    }
}
