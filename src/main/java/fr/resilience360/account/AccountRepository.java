package fr.resilience360.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tables of schema {@code account}: users, memberships and one-time sign-in links. */
@Repository
class AccountRepository {

    private static final String ACCOUNT_COLUMNS = "id, email, platform_admin, enabled, password_hash is not null";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user with the hash of their password, for signing in only. */
    record Credentials(Account account, String passwordHash) {}

    Optional<Account> find(String email) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account.user_account where email = ?")
                .param(email)
                .query(AccountRepository::account)
                .optional();
    }

    Optional<Account> find(long id) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " from account.user_account where id = ?")
                .param(id)
                .query(AccountRepository::account)
                .optional();
    }

    Optional<Credentials> credentials(String email) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + ", password_hash from account.user_account where email = ?")
                .param(email)
                .query((rs, n) -> new Credentials(account(rs, n), rs.getString(6)))
                .optional();
    }

    List<Membership> memberships(long userId) {
        return jdbc.sql("select territory_id, role, reads_communes from account.membership where user_id = ? "
                        + "order by territory_id")
                .param(userId)
                .query((rs, n) -> new Membership(
                        rs.getString(1), Role.fromCode(rs.getString(2)).orElseThrow(), rs.getBoolean(3)))
                .list();
    }

    /**
     * Creates the user (or finds them: an existing platform administrator stays one), gives the membership if any
     * (replacing their role on that territory) and stores the hash of a one-time sign-in token, in one transaction.
     */
    @Transactional
    long createWithSignInLink(
            String email, boolean platformAdmin, Optional<Membership> membership, String tokenHash, Instant expiresAt) {
        long id = upsertUser(email, platformAdmin);
        membership.ifPresent(m -> upsertMembership(id, m));
        jdbc.sql("""
                        insert into account.sign_in_token (token_hash, user_id, purpose, expires_at)
                        values (?, ?, 'connexion', ?)""").params(tokenHash, id, Timestamp.from(expiresAt)).update();
        return id;
    }

    private long upsertUser(String email, boolean platformAdmin) {
        return jdbc.sql("""
                        insert into account.user_account (email, platform_admin) values (?, ?)
                        on conflict (email) do update
                        set platform_admin = account.user_account.platform_admin or excluded.platform_admin
                        returning id""").params(email, platformAdmin).query(Long.class).single();
    }

    private void upsertMembership(long userId, Membership membership) {
        jdbc.sql("""
                        insert into account.membership (user_id, territory_id, role) values (?, ?, ?)
                        on conflict (user_id, territory_id) do update set role = excluded.role""")
                .params(userId, membership.territoryId(), membership.role().code())
                .update();
    }

    List<Member> members(String territoryId) {
        return jdbc.sql("""
                        select u.email, m.role, m.reads_communes from account.membership m
                        join account.user_account u on u.id = m.user_id
                        where m.territory_id = ? order by u.email""")
                .param(territoryId)
                .query((rs, n) -> new Member(
                        rs.getString(1), Role.fromCode(rs.getString(2)).orElseThrow(), rs.getBoolean(3)))
                .list();
    }

    @Transactional
    void addInvitation(String tokenHash, Invitation invitation, long invitedBy, Instant expiresAt) {
        jdbc.sql("""
                        insert into account.invitation (token_hash, email, territory_id, role, invited_by, expires_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        tokenHash,
                        invitation.email(),
                        invitation.territoryId(),
                        invitation.role().code(),
                        invitedBy,
                        Timestamp.from(expiresAt))
                .update();
    }

    /** An invitation neither used nor expired. */
    Optional<Invitation> validInvitation(String tokenHash) {
        return jdbc.sql("""
                        select email, territory_id, role from account.invitation
                        where token_hash = ? and used_at is null and expires_at > now()""")
                .param(tokenHash)
                .query(AccountRepository::invitation)
                .optional();
    }

    /**
     * Uses a valid invitation, once even when accepted twice at the same time: the invited address gets an account
     * (or keeps its own) and the role on the territory, in one transaction. Empty when it is unknown, used or expired.
     */
    @Transactional
    Optional<Long> acceptInvitation(String tokenHash) {
        return jdbc.sql("""
                        update account.invitation set used_at = now()
                        where token_hash = ? and used_at is null and expires_at > now()
                        returning email, territory_id, role""")
                .param(tokenHash)
                .query(AccountRepository::invitation)
                .optional()
                .map(invitation -> {
                    long id = upsertUser(invitation.email(), false);
                    upsertMembership(id, new Membership(invitation.territoryId(), invitation.role()));
                    return id;
                });
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        return new Invitation(
                rs.getString(1), rs.getString(2), Role.fromCode(rs.getString(3)).orElseThrow());
    }

    /** Stores the hash of a password reset token of an existing user. */
    @Transactional
    void addResetToken(long userId, String tokenHash, Instant expiresAt) {
        jdbc.sql("""
                        insert into account.sign_in_token (token_hash, user_id, purpose, expires_at)
                        values (?, ?, 'reinitialisation', ?)""").params(tokenHash, userId, Timestamp.from(expiresAt)).update();
    }

    int recentResetTokens(long userId, Duration window) {
        return jdbc.sql("""
                        select count(*) from account.sign_in_token
                        where user_id = ? and purpose = 'reinitialisation' and created_at >= now() - ?::interval""")
                .params(userId, window.toSeconds() + " seconds")
                .query(Integer.class)
                .single();
    }

    /** The user of a sign-in token that is neither used nor expired. */
    Optional<Long> userOfValidToken(String tokenHash) {
        return jdbc.sql("""
                        select user_id from account.sign_in_token
                        where token_hash = ? and used_at is null and expires_at > now()""").param(tokenHash).query(Long.class).optional();
    }

    /** Marks a valid token used and gives its user; empty when it is unknown, used or expired (even concurrently). */
    @Transactional
    Optional<Long> consumeToken(String tokenHash) {
        return jdbc.sql("""
                        update account.sign_in_token set used_at = now()
                        where token_hash = ? and used_at is null and expires_at > now()
                        returning user_id""").param(tokenHash).query(Long.class).optional();
    }

    @Transactional
    /**
     * Closes every session of a person, on every instance: Spring Session JDBC's rows (its attributes follow by
     * cascade). Plain SQL, so that a command, which starts no web server nor Spring Session, can do it too.
     */
    int closeSessions(String email) {
        return jdbc.sql("delete from account.spring_session where principal_name = ?")
                .param(email)
                .update();
    }

    void disable(long userId) {
        jdbc.sql("update account.user_account set enabled = false where id = ?")
                .param(userId)
                .update();
    }

    @Transactional
    void setPasswordHash(long userId, String passwordHash) {
        jdbc.sql("update account.user_account set password_hash = ? where id = ?")
                .params(passwordHash, userId)
                .update();
    }

    /** Records a failed sign-in for an address, forgetting its failures older than the window. */
    @Transactional
    void recordFailure(String email, Duration window) {
        jdbc.sql("delete from account.sign_in_failure where email = ? and failed_at < now() - ?::interval")
                .params(email, window.toSeconds() + " seconds")
                .update();
        jdbc.sql("insert into account.sign_in_failure (email) values (?)")
                .param(email)
                .update();
    }

    int recentFailures(String email, Duration window) {
        return jdbc.sql("""
                        select count(*) from account.sign_in_failure
                        where email = ? and failed_at >= now() - ?::interval""")
                .params(email, window.toSeconds() + " seconds")
                .query(Integer.class)
                .single();
    }

    @Transactional
    void forgetFailures(String email) {
        jdbc.sql("delete from account.sign_in_failure where email = ?")
                .param(email)
                .update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5));
    }
}
