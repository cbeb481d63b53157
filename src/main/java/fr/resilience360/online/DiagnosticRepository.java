package fr.resilience360.online;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code online.diagnostic}: the diagnostics of every territory, drafts and published versions. */
@Repository
class DiagnosticRepository {

    private static final String COLUMNS = "d.id, d.territory_id, d.referential_id, d.weighting_profile, d.status, "
            + "d.draft_id, d.version, d.origin, d.created_by, d.created_at, d.revision, g.id, g.owner_territory_id, "
            + "g.name, "
            + "array(select c.commune_id from online.commune_group_commune c where c.group_id = g.id "
            + "order by c.commune_id), "
            + "array(select c.commune_name from online.commune_group_commune c where c.group_id = g.id "
            + "order by c.commune_id)";

    private static final String FROM =
            " from online.diagnostic d left join online.commune_group g on g.id = d.group_id ";

    private final JdbcClient jdbc;

    DiagnosticRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new draft of a territory, or of a custom group of communes ({@code groupId}, null for none). */
    long insertDraft(String territoryId, String referentialId, String origin, String createdBy, Long groupId) {
        return jdbc.sql("""
                        insert into online.diagnostic (territory_id, referential_id, status, origin, created_by,
                            group_id)
                        values (?, ?, 'brouillon', ?, ?, ?) returning id""")
                .params(territoryId, referentialId, origin, createdBy, groupId)
                .query(Long.class)
                .single();
    }

    /** A published copy of a draft's header, numbered after the draft's previous publications. */
    long insertPublication(OnlineDiagnostic draft, String publishedBy) {
        return jdbc.sql("""
                        insert into online.diagnostic (territory_id, referential_id, weighting_profile, status,
                            draft_id, version, origin, created_by, group_id)
                        select territory_id, referential_id, weighting_profile, 'publie', id,
                            (select coalesce(max(version), 0) + 1 from online.diagnostic where draft_id = ?),
                            origin, ?, group_id
                        from online.diagnostic where id = ? returning id""")
                .params(draft.id(), publishedBy, draft.id())
                .query(Long.class)
                .single();
    }

    Optional<OnlineDiagnostic> find(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + "where d.id = ?")
                .param(id)
                .query(DiagnosticRepository::diagnostic)
                .optional();
    }

    /** Locks a draft's header until the end of the transaction: publications of one draft are numbered in turn. */
    void lock(long id) {
        jdbc.sql("select id from online.diagnostic where id = ? for update")
                .param(id)
                .query(Long.class)
                .single();
    }

    /** A territory's diagnostics with this status, newest first. */
    List<OnlineDiagnostic> ofTerritory(String territoryId, DiagnosticStatus status) {
        return jdbc.sql("select " + COLUMNS + FROM + "where d.territory_id = ? and d.status = ? "
                        + "order by d.created_at desc, d.id desc")
                .params(territoryId, status.code())
                .query(DiagnosticRepository::diagnostic)
                .list();
    }

    /** The id of the latest publication (0 when none): what anonymous visitors see changes only with it. */
    long lastPublication() {
        return jdbc.sql("select coalesce(max(id), 0) from online.diagnostic where status = 'publie'")
                .query(Long.class)
                .single();
    }

    void setWeightingProfile(long id, String code) {
        jdbc.sql("update online.diagnostic set weighting_profile = ? where id = ? and status = 'brouillon'")
                .params(code, id)
                .update();
    }

    private static OnlineDiagnostic diagnostic(ResultSet rs, int n) throws SQLException {
        return new OnlineDiagnostic(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                DiagnosticStatus.fromCode(rs.getString(5)),
                rs.getObject(6, Long.class),
                rs.getObject(7, Integer.class),
                rs.getString(8),
                rs.getString(9),
                rs.getObject(10, OffsetDateTime.class),
                rs.getLong(11),
                group(rs));
    }

    private static CommuneGroup group(ResultSet rs) throws SQLException {
        Long id = rs.getObject(12, Long.class);
        if (id == null) return null;
        String[] codes = (String[]) rs.getArray(15).getArray();
        String[] names = (String[]) rs.getArray(16).getArray();
        List<CommuneGroup.Member> members = new java.util.ArrayList<>();
        for (int i = 0; i < codes.length; i++) members.add(new CommuneGroup.Member(codes[i], names[i]));
        return new CommuneGroup(id, rs.getString(13), rs.getString(14), members);
    }
}
