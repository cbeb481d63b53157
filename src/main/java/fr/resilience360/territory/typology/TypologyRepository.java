package fr.resilience360.territory.typology;

import fr.resilience360.shared.DatasetLoads;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table {@code territory.commune_typology}. Idempotent: rows are upserted only when they differ and rows absent
 * from the files are removed, so loading the same files twice changes nothing.
 */
@Repository
class TypologyRepository {

    private static final int BATCH = 2000;
    private static final String COLUMNS = "commune_code, zone, area_km2, density_class, aav_code, aav_name, "
            + "aav_category, aav_category_label, aav_size, aav_size_label, mountain, mountain_partial, massif, coastal, "
            + "acv, pvd, ort";

    private final JdbcTemplate jdbc;
    private final DatasetLoads loads;

    TypologyRepository(JdbcTemplate jdbc, DatasetLoads loads) {
        this.jdbc = jdbc;
        this.loads = loads;
    }

    /** Replaces the communes' typology with the bundled files' and marks them loaded, all or nothing. */
    @Transactional
    void replace(List<CommuneAttributes> communes, String dataset, String version) {
        jdbc.update("create temporary table typology_staging (like territory.commune_typology) on commit drop");
        jdbc.batchUpdate(
                "insert into typology_staging (" + COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                communes,
                BATCH,
                TypologyRepository::bind);
        jdbc.update("""
                delete from territory.commune_typology t
                where not exists (select 1 from typology_staging s where s.commune_code = t.commune_code)
                """);
        jdbc.update("""
                insert into territory.commune_typology as t select * from typology_staging
                on conflict (commune_code) do update set zone = excluded.zone, area_km2 = excluded.area_km2,
                  density_class = excluded.density_class, aav_code = excluded.aav_code, aav_name = excluded.aav_name,
                  aav_category = excluded.aav_category, aav_category_label = excluded.aav_category_label,
                  aav_size = excluded.aav_size, aav_size_label = excluded.aav_size_label, mountain = excluded.mountain,
                  mountain_partial = excluded.mountain_partial, massif = excluded.massif, coastal = excluded.coastal,
                  acv = excluded.acv, pvd = excluded.pvd, ort = excluded.ort
                where (t.*) is distinct from (excluded.*)
                """);
        loads.markLoaded(dataset, version, communes.size());
    }

    List<CommuneAttributes> all() {
        return jdbc.query("select " + COLUMNS + " from territory.commune_typology", (rs, n) -> read(rs));
    }

    private static void bind(PreparedStatement ps, CommuneAttributes c) throws SQLException {
        CommuneAttributes.Aav aav = c.aav();
        ps.setString(1, c.code());
        ps.setString(2, c.zone());
        ps.setObject(3, c.areaKm2(), Types.DOUBLE);
        ps.setObject(4, c.density() == null ? null : c.density().level(), Types.SMALLINT);
        ps.setString(5, aav == null ? null : aav.code());
        ps.setString(6, aav == null ? null : aav.name());
        ps.setString(7, aav == null ? null : aav.category());
        ps.setString(8, aav == null ? null : aav.categoryLabel());
        ps.setString(9, aav == null ? null : aav.size());
        ps.setString(10, aav == null ? null : aav.sizeLabel());
        ps.setObject(11, c.mountain(), Types.BOOLEAN);
        ps.setObject(12, c.mountainPartial(), Types.BOOLEAN);
        ps.setString(13, c.massif());
        ps.setBoolean(14, c.coastal());
        ps.setBoolean(15, c.acv());
        ps.setBoolean(16, c.pvd());
        ps.setBoolean(17, c.ort());
    }

    private static CommuneAttributes read(ResultSet rs) throws SQLException {
        int density = rs.getInt("density_class");
        String aav = rs.getString("aav_code");
        return new CommuneAttributes(
                rs.getString("commune_code"),
                rs.getString("zone"),
                rs.getObject("area_km2", Double.class),
                density == 0 ? null : DensityClass.ofLevel(density),
                aav == null
                        ? null
                        : new CommuneAttributes.Aav(
                                aav,
                                rs.getString("aav_name"),
                                rs.getString("aav_category"),
                                rs.getString("aav_category_label"),
                                rs.getString("aav_size"),
                                rs.getString("aav_size_label")),
                rs.getObject("mountain", Boolean.class),
                rs.getObject("mountain_partial", Boolean.class),
                rs.getString("massif"),
                rs.getBoolean("coastal"),
                rs.getBoolean("acv"),
                rs.getBoolean("pvd"),
                rs.getBoolean("ort"));
    }
}
