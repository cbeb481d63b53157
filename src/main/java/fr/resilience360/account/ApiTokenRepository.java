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

/** Table {@code account.api_token}: the hashes of the personal API tokens, their names and their use. */
@Repository
class ApiTokenRepository {

    private static final String TOKEN_COLUMNS = "id, name, created_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token that may authenticate: its owner's account and when it was last seen. */
    record Holder(long tokenId, Account account, Instant lastUsedAt) {}

    @Transactional
    ApiToken add(long userId, String name, String tokenHash) {
        return jdbc.sql("insert into account.api_token (token_hash, user_id, name) values (?, ?, ?) returning "
                        + TOKEN_COLUMNS)
                .params(tokenHash, userId, name)
                .query(ApiTokenRepository::token)
                .single();
    }

    List<ApiToken> ofUser(long userId) {
        return jdbc.sql("select " + TOKEN_COLUMNS + " from account.api_token where user_id = ? order by created_at, id")
                .param(userId)
                .query(ApiTokenRepository::token)
                .list();
    }

    /** The unrevoked token of this hash, with its owner's account, enabled or not. */
    Optional<Holder> holder(String tokenHash) {
        return jdbc.sql("""
                        select t.id, t.last_used_at, u.id, u.email, u.platform_admin, u.enabled, u.password_hash is not null
                        from account.api_token t join account.user_account u on u.id = t.user_id
                        where t.token_hash = ? and t.revoked_at is null""")
                .param(tokenHash)
                .query((rs, n) -> new Holder(
                        rs.getLong(1),
                        new Account(
                                rs.getLong(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7)),
                        instant(rs, 2)))
                .optional();
    }

    /** Notes a use, unless one was noted less than {@code precision} ago (a no-op then, without a write). */
    @Transactional
    void touch(long tokenId, Duration precision) {
        jdbc.sql("""
                        update account.api_token set last_used_at = now()
                        where id = ? and (last_used_at is null or last_used_at < now() - ?::interval)""").params(tokenId, precision.toSeconds() + " seconds").update();
    }

    /** Revokes a token of this user (once: a second revocation keeps the first date); false when they have none such. */
    @Transactional
    boolean revoke(long userId, long tokenId) {
        return jdbc.sql("""
                        update account.api_token set revoked_at = coalesce(revoked_at, now())
                        where id = ? and user_id = ?""").params(tokenId, userId).update() == 1;
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong(1), rs.getString(2), instant(rs, 3), instant(rs, 4), instant(rs, 5));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
