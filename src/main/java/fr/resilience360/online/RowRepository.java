package fr.resilience360.online;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code online.row_value} (one row of the grid per diagnostic) and {@code online.row_change} (history). */
@Repository
class RowRepository {

    private static final String COLUMNS = "sheet_row, indicator_id, kind, number, text, comment, source, origin, "
            + "open_value, open_year, open_source, open_method, open_coverage, open_approximation, open_indicator, "
            + "justification, assigned_to, revision, updated_by, updated_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RowRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stores the rows of a new diagnostic, in one batch. */
    void insert(long diagnosticId, List<RowEntry> rows) {
        template.batchUpdate(
                "insert into online.row_value (diagnostic_id, " + COLUMNS.replace(", updated_at", "")
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.stream().map(row -> values(diagnosticId, row)).toList());
    }

    private static Object[] values(long diagnosticId, RowEntry row) {
        OpenDataValue open = row.openData();
        return new Object[] {
            diagnosticId,
            row.sheetRow(),
            row.indicatorId(),
            StoredCells.kind(row.value()),
            StoredCells.number(row.value()),
            StoredCells.text(row.value()),
            row.comment(),
            row.source(),
            row.origin().code(),
            open == null ? null : open.value(),
            open == null ? null : open.year(),
            open == null ? null : open.source(),
            open == null ? null : open.method(),
            open == null ? null : open.coverage(),
            open == null ? null : open.approximation(),
            open == null ? null : open.indicatorId(),
            row.justification(),
            row.assignedTo(),
            row.revision(),
            row.updatedBy()
        };
    }

    /** Copies every row of a diagnostic into another (a publication), revisions and authors included. */
    void copy(long fromId, long toId) {
        jdbc.sql("insert into online.row_value (diagnostic_id, " + COLUMNS + ") select ?, " + COLUMNS
                        + " from online.row_value where diagnostic_id = ?")
                .params(toId, fromId)
                .update();
    }

    List<RowEntry> rows(long diagnosticId) {
        return jdbc.sql("select " + COLUMNS + " from online.row_value where diagnostic_id = ? order by sheet_row")
                .param(diagnosticId)
                .query(RowRepository::row)
                .list();
    }

    Optional<RowEntry> row(long diagnosticId, int sheetRow) {
        return jdbc.sql("select " + COLUMNS + " from online.row_value where diagnostic_id = ? and sheet_row = ?")
                .params(diagnosticId, sheetRow)
                .query(RowRepository::row)
                .optional();
    }

    /**
     * Writes a row's new answer if its revision is still {@code expectedRevision} (the optimistic lock), raising it by
     * one; false when someone changed it in between.
     */
    boolean update(long diagnosticId, RowEntry row, int expectedRevision) {
        return jdbc.sql("""
                        update online.row_value set kind = ?, number = ?, text = ?, comment = ?, source = ?,
                            origin = ?, justification = ?, revision = revision + 1, updated_by = ?, updated_at = now()
                        where diagnostic_id = ? and sheet_row = ? and revision = ?""")
                        .params(
                                StoredCells.kind(row.value()),
                                StoredCells.number(row.value()),
                                StoredCells.text(row.value()))
                        .params(row.comment(), row.source(), row.origin().code(), row.justification(), row.updatedBy())
                        .params(diagnosticId, row.sheetRow(), expectedRevision)
                        .update()
                == 1;
    }

    int assign(long diagnosticId, int sheetRow, String email) {
        return jdbc.sql("update online.row_value set assigned_to = ? where diagnostic_id = ? and sheet_row = ?")
                .params(email, diagnosticId, sheetRow)
                .update();
    }

    void insertChange(long diagnosticId, RowChange change) {
        jdbc.sql("""
                        insert into online.row_change (diagnostic_id, sheet_row, revision, changed_by, before_value,
                            after_value, before_comment, after_comment, justification)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(diagnosticId, change.sheetRow(), change.revision(), change.changedBy(), change.before())
                .params(change.after(), change.beforeComment(), change.afterComment(), change.justification())
                .update();
    }

    /** A row's changes, newest first. */
    List<RowChange> history(long diagnosticId, int sheetRow) {
        return jdbc.sql("""
                        select sheet_row, revision, changed_by, changed_at, before_value, after_value,
                            before_comment, after_comment, justification
                        from online.row_change where diagnostic_id = ? and sheet_row = ? order by revision desc""")
                .params(diagnosticId, sheetRow)
                .query((rs, n) -> new RowChange(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    private static RowEntry row(ResultSet rs, int n) throws SQLException {
        Double openValue = rs.getObject(9, Double.class);
        OpenDataValue open = openValue == null
                ? null
                : new OpenDataValue(
                        openValue,
                        rs.getObject(10, Integer.class),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getObject(13, Double.class),
                        rs.getString(14),
                        rs.getString(15));
        return new RowEntry(
                rs.getInt(1),
                rs.getString(2),
                StoredCells.value(rs.getString(3), rs.getObject(4, Double.class), rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                ValueOrigin.fromCode(rs.getString(8)),
                open,
                rs.getString(16),
                rs.getString(17),
                rs.getInt(18),
                rs.getString(19),
                rs.getObject(20, OffsetDateTime.class));
    }
}
