package fr.resilience360.action.contribution;

import fr.resilience360.action.CatalogueAction;
import fr.resilience360.shared.Coded;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The contributions and their events in schema {@code action}; a decision never overwrites history. */
@Repository
class ContributionRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String COLUMNS = "id, kind, state, author, action_id, goal_id, proposed::text as proposed,"
            + " territory, body, signature, licence, created_at";

    private final JdbcClient jdbc;

    ContributionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a proposal with its first event (proposed, pending); its id. */
    @Transactional
    long insert(
            ContributionKind kind,
            String author,
            String actionId,
            String goalId,
            CatalogueAction proposed,
            Contribution.Feedback feedback) {
        long id = jdbc.sql("""
                        insert into action.contribution (kind, author, action_id, goal_id, proposed, territory, body,
                            signature, licence)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                .params(
                        kind.code(),
                        author,
                        actionId,
                        goalId,
                        proposed == null ? null : JSON.writeValueAsString(proposed),
                        feedback == null ? null : feedback.territory(),
                        feedback == null ? null : feedback.text(),
                        feedback == null ? null : feedback.signature(),
                        Contribution.LICENCE)
                .query(Long.class)
                .single();
        event(id, author, null, ContributionState.PENDING, null);
        return id;
    }

    /**
     * Moves a pending contribution to {@code to} with its event, in one unit of work.
     *
     * @return false when it was no longer pending (decided meanwhile): nothing is written then
     */
    @Transactional
    boolean decide(long id, ContributionState to, String by, String reason) {
        int updated = jdbc.sql("update action.contribution set state = ? where id = ? and state = ?")
                .params(to.code(), id, ContributionState.PENDING.code())
                .update();
        if (updated == 0) return false;
        event(id, by, ContributionState.PENDING, to, reason);
        return true;
    }

    private void event(long id, String by, ContributionState from, ContributionState to, String reason) {
        jdbc.sql("""
                        insert into action.contribution_event (contribution_id, by_whom, from_state, to_state, reason)
                        values (?, ?, ?, ?, ?)""")
                .params(id, by, from == null ? null : from.code(), to.code(), reason)
                .update();
    }

    Optional<Contribution> find(long id) {
        return list("where id = ?", id).stream().findFirst();
    }

    List<Contribution> byAuthor(String author) {
        return list("where author = ? order by id desc", author);
    }

    List<Contribution> inState(ContributionState state) {
        return list("where state = ? order by id", state.code());
    }

    List<Contribution> accepted(ContributionKind kind) {
        return list("where state = 'acceptee' and kind = ? order by id", kind.code());
    }

    List<Contribution> acceptedFeedbacks(String actionId) {
        return list("where state = 'acceptee' and kind = 'retour' and action_id = ? order by id desc", actionId);
    }

    /** The id of the last acceptance: changes whenever a contribution is accepted. */
    long lastAcceptance() {
        return jdbc.sql("select coalesce(max(id), 0) from action.contribution_event where to_state = 'acceptee'")
                .query(Long.class)
                .single();
    }

    private List<Contribution> list(String where, Object param) {
        List<Contribution> rows = jdbc.sql("select " + COLUMNS + " from action.contribution " + where)
                .param(param)
                .query((rs, n) -> row(rs))
                .list();
        if (rows.isEmpty()) return rows;
        Map<Long, List<Contribution.Event>> events = jdbc
                .sql("""
                        select contribution_id, at, by_whom, from_state, to_state, reason
                        from action.contribution_event where contribution_id = any(?) order by id""")
                .param(rows.stream().map(Contribution::id).toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), event(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream()
                .map(c -> withHistory(c, events.getOrDefault(c.id(), List.of())))
                .toList();
    }

    private static Contribution withHistory(Contribution c, List<Contribution.Event> history) {
        return new Contribution(
                c.id(),
                c.kind(),
                c.state(),
                c.author(),
                c.actionId(),
                c.goalId(),
                c.proposed(),
                c.feedback(),
                c.licence(),
                c.createdAt(),
                List.copyOf(history));
    }

    private static Contribution row(ResultSet rs) throws SQLException {
        ContributionKind kind =
                Coded.find(ContributionKind.class, rs.getString("kind")).orElseThrow();
        String proposed = rs.getString("proposed");
        return new Contribution(
                rs.getLong("id"),
                kind,
                state(rs.getString("state")),
                rs.getString("author"),
                rs.getString("action_id"),
                rs.getString("goal_id"),
                proposed == null ? null : JSON.readValue(proposed, CatalogueAction.class),
                kind == ContributionKind.FEEDBACK
                        ? new Contribution.Feedback(
                                rs.getString("territory"), rs.getString("body"), rs.getString("signature"))
                        : null,
                rs.getString("licence"),
                instant(rs.getTimestamp("created_at")),
                List.of());
    }

    private static Contribution.Event event(ResultSet rs) throws SQLException {
        String from = rs.getString("from_state");
        return new Contribution.Event(
                instant(rs.getTimestamp("at")),
                rs.getString("by_whom"),
                from == null ? null : state(from),
                state(rs.getString("to_state")),
                rs.getString("reason"));
    }

    private static ContributionState state(String code) {
        return Coded.find(ContributionState.class, code).orElseThrow();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
