package fr.resilience360.territory;

import fr.resilience360.shared.DatasetLoads;
import fr.resilience360.shared.SearchText;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the division and the boundaries (JDBC batches: JdbcClient has none). Idempotent: rows are upserted only when
 * they differ and rows absent from the files are removed, so loading the same files twice changes nothing.
 */
@Repository
class DivisionRepository {

    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final DatasetLoads loads;

    DivisionRepository(JdbcTemplate jdbc, DatasetLoads loads) {
        this.jdbc = jdbc;
        this.loads = loads;
    }

    /** Replaces the division and the boundaries with the bundled files', and marks them loaded, all or nothing. */
    @Transactional
    void replace(Division division, String version, Consumer<String> progress) {
        progress.accept("Enregistrement de " + division.territories().size() + " territoires…");
        upsertTerritories(division.territories());
        upsertSecondary(division.secondary());
        progress.accept("Enregistrement de " + division.memberships().size() + " appartenances…");
        replaceMemberships(division.memberships());
        Set<String> codes = new HashSet<>();
        new BoundaryFiles().forEachFile(boundaries -> {
            upsertBoundaries(boundaries);
            boundaries.forEach(b -> codes.add(b.id()));
            progress.accept("Contours : " + codes.size() + " territoires dessinés…");
        });
        jdbc.update("delete from territory.boundary where not (id = any(?))", array(codes));
        loads.markLoaded(DivisionImport.DATASET, version, division.territories().size());
        // fresh statistics, or the planner treats the tables as empty until autovacuum passes
        jdbc.execute("analyze territory.territory, territory.membership, territory.secondary_territory");
    }

    private void upsertTerritories(List<Division.Row> rows) {
        jdbc.batchUpdate("""
                insert into territory.territory as t
                  (id, code, type, nature, name, search_key, siren, population, postal_codes, zone, chef_lieu)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set
                  code = excluded.code, type = excluded.type, nature = excluded.nature, name = excluded.name,
                  search_key = excluded.search_key, siren = excluded.siren, population = excluded.population,
                  postal_codes = excluded.postal_codes, zone = excluded.zone, chef_lieu = excluded.chef_lieu
                where (t.code, t.type, t.nature, t.name, t.search_key, t.siren, t.population, t.postal_codes, t.zone,
                  t.chef_lieu) is distinct from (excluded.code, excluded.type, excluded.nature, excluded.name,
                  excluded.search_key, excluded.siren, excluded.population, excluded.postal_codes, excluded.zone,
                  excluded.chef_lieu)
                """, rows, BATCH, (ps, r) -> {
            TerritorySummary t = r.summary();
            ps.setString(1, t.id());
            ps.setString(2, t.code());
            ps.setString(3, t.type().code());
            ps.setString(4, t.nature());
            ps.setString(5, t.name());
            ps.setString(6, SearchText.normalize(t.name()));
            ps.setString(7, r.registry().siren());
            setInteger(ps, 8, t.population());
            ps.setArray(
                    9,
                    ps.getConnection()
                            .createArrayOf("text", r.registry().postalCodes().toArray()));
            ps.setString(10, r.registry().zone());
            ps.setString(11, r.registry().chefLieu());
        });
        jdbc.update(
                "delete from territory.territory where not (id = any(?))",
                array(rows.stream().map(Division.Row::id).toList()));
    }

    private void upsertSecondary(List<Division.Secondary> rows) {
        jdbc.update("create temporary table secondary_staging (like territory.secondary_territory) on commit drop");
        jdbc.batchUpdate(
                "insert into secondary_staging (nature, code, commune_id, name, search_key, population, postal_codes)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                rows,
                BATCH,
                (ps, r) -> {
                    ps.setString(1, r.nature());
                    ps.setString(2, r.code());
                    ps.setString(3, r.communeId());
                    ps.setString(4, r.name());
                    ps.setString(5, SearchText.normalize(r.name()));
                    setInteger(ps, 6, r.population());
                    ps.setArray(
                            7,
                            ps.getConnection()
                                    .createArrayOf("text", r.postalCodes().toArray()));
                });
        jdbc.update("""
                delete from territory.secondary_territory s where not exists
                  (select 1 from secondary_staging n where n.nature = s.nature and n.code = s.code)
                """);
        jdbc.update("""
                insert into territory.secondary_territory as s select * from secondary_staging
                on conflict (nature, code) do update set commune_id = excluded.commune_id, name = excluded.name,
                  search_key = excluded.search_key, population = excluded.population, postal_codes = excluded.postal_codes
                where (s.commune_id, s.name, s.search_key, s.population, s.postal_codes) is distinct from
                  (excluded.commune_id, excluded.name, excluded.search_key, excluded.population, excluded.postal_codes)
                """);
    }

    private void replaceMemberships(List<Division.Membership> memberships) {
        jdbc.update("create temporary table membership_staging (like territory.membership) on commit drop");
        jdbc.batchUpdate(
                "insert into membership_staging (member_id, parent_id) values (?, ?)", memberships, BATCH, (ps, m) -> {
                    ps.setString(1, m.memberId());
                    ps.setString(2, m.parentId());
                });
        jdbc.update("""
                delete from territory.membership m where not exists (select 1 from membership_staging s
                  where s.member_id = m.member_id and s.parent_id = m.parent_id)
                """);
        jdbc.update("insert into territory.membership select * from membership_staging on conflict do nothing");
    }

    private void upsertBoundaries(List<BoundaryFiles.Boundary> boundaries) {
        jdbc.batchUpdate("""
                insert into territory.boundary as b (id, geometry, source)
                select ?, ?, ? where exists (select 1 from territory.territory where id = ?)
                on conflict (id) do update set geometry = excluded.geometry, source = excluded.source
                where (b.geometry, b.source) is distinct from (excluded.geometry, excluded.source)
                """, boundaries, BATCH, (ps, b) -> {
            ps.setString(1, b.id());
            ps.setString(2, b.geometry());
            ps.setString(3, b.source());
            ps.setString(4, b.id());
        });
    }

    private Array array(java.util.Collection<String> values) {
        return jdbc.execute((Connection c) -> c.createArrayOf("text", values.toArray()));
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) ps.setNull(index, Types.INTEGER);
        else ps.setInt(index, value);
    }
}
