package fr.resilience360.observatory;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.DiagnosticScoring;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import fr.resilience360.referential.Scale;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Pre-fills a Diag360 diagnostic with the observatory's values: each row it can feed gets the value of the territory,
 * converted to the scale of the row's thresholds (fraction or percent), with its source, its method and the note the
 * Diag360 scoring engine gives it (0 to 1, as the workbook's column J).
 */
@Service
public class Diag360Prefill {

    public static final String REFERENTIAL = "diag360-1.3.5";

    private final Observatory observatory;
    private final JdbcClient jdbc;
    private final Referential referential;
    private final DiagnosticScoring scoring;

    Diag360Prefill(Observatory observatory, JdbcClient jdbc, Referentials referentials) {
        this.observatory = observatory;
        this.jdbc = jdbc;
        this.referential = referentials.byId(Referentials.DIAG360);
        this.scoring = new DiagnosticScoring(referential);
    }

    /** Where the value is taken: the territory itself, or its département when the Diag360 method says so. */
    public enum Scope {
        OWN,
        DEPARTEMENT
    }

    /**
     * A Diag360 row fed by an observatory indicator. {@code source}: the scale of the indicator's values (PERCENT for
     * the observatory's percentages, FRACTION for shares of communes, RAW otherwise); the value is converted to the
     * scale of the row's thresholds read from the referential (Diag360 v1.3.5, Bornage définitif, columns K–O).
     */
    public record Rule(String rowId, String indicatorId, Scale source, Scope scope) {}

    /**
     * The Diag360 rows the observatory feeds. bv5_i03 takes the département's value, as the Diag360 page of the
     * indicator recommends (communal values are under statistical secrecy or smoothed).
     */
    public static final List<Rule> RULES = List.of(
            new Rule("bv4_i06", "apl_infirmiers", Scale.RAW, Scope.OWN),
            new Rule("bv4_i07", "apl_sages_femmes", Scale.RAW, Scope.OWN),
            new Rule("bv4_i08", "apl_chirurgiens_dentistes", Scale.RAW, Scope.OWN),
            new Rule("bv4_i05", "pharmacies_pour_10000", Scale.RAW, Scope.OWN),
            new Rule("bv3_i05", "part_residences_secondaires", Scale.PERCENT, Scope.OWN),
            new Rule("bv3_i07", "part_logements_vacants", Scale.PERCENT, Scope.OWN),
            new Rule("bv3_i06", "taux_logements_sociaux", Scale.PERCENT, Scope.OWN),
            new Rule("bv3_i10", "part_dpe_f_g", Scale.PERCENT, Scope.OWN),
            new Rule("be2_i04", "part_menages_une_personne", Scale.PERCENT, Scope.OWN),
            new Rule("be2_i05", "taux_pauvrete", Scale.PERCENT, Scope.OWN),
            new Rule("be2_i13", "rapport_interdecile", Scale.RAW, Scope.OWN),
            new Rule("be2_i07", "participation_municipales_2020", Scale.PERCENT, Scope.OWN),
            new Rule("bi1_i05", "part_emplois_presentiels", Scale.PERCENT, Scope.OWN),
            new Rule("be3_i09", "atlas_biodiversite_communale", Scale.FRACTION, Scope.OWN),
            new Rule("bi3_i05", "commune_services_residentiels", Scale.FRACTION, Scope.OWN),
            new Rule("bv5_i03", "victimes_coups_blessures_pour_1000", Scale.RAW, Scope.DEPARTEMENT),
            new Rule("bv5_i04", "nombre_risques_majeurs", Scale.RAW, Scope.OWN));

    public record Territoire(String code, String nom) {}

    public record Valeur(
            String id,
            Double valeur,
            String unite,
            String echelle,
            Integer annee,
            String source,
            String methode,
            Double couverture,
            Double note) {}

    public record Prefill(Territoire territoire, String referentiel, List<Valeur> indicateurs) {}

    public Prefill prefill(TerritorySummary territory) {
        List<Valeur> rows = new ArrayList<>();
        List<IndicatorRow> referentialRows = referential.rows();
        for (Rule rule : RULES) {
            int index = indexOf(referentialRows, rule.rowId());
            IndicatorRow row = referentialRows.get(index);
            String scopeId = rule.scope() == Scope.DEPARTEMENT ? departementOf(territory) : territory.id();
            Optional<IndicatorValue> found = observatory.latest(scopeId, rule.indicatorId());
            if (found.isEmpty()) continue;
            IndicatorValue v = found.get();
            String source =
                    observatory.dataset(v.datasetId()).map(Dataset::title).orElse(v.datasetId());
            double value = round(row.toRowScale(v.value(), rule.source()), row.scale());
            double note = scoring.note(index, CellValue.number(value));
            rows.add(new Valeur(
                    rule.rowId(),
                    value,
                    row.unit(),
                    row.scale().name().toLowerCase(java.util.Locale.ROOT),
                    v.period().year(),
                    source,
                    method(v, territory, scopeId),
                    v.coverage() == null ? null : round(v.coverage(), Scale.FRACTION),
                    Double.isNaN(note) ? null : round(note, Scale.FRACTION)));
        }
        return new Prefill(new Territoire(territory.code(), territory.name()), REFERENTIAL, rows);
    }

    private String method(IndicatorValue v, TerritorySummary territory, String scopeId) {
        String level = scopeId.equals(territory.id()) ? territory.type().code() : "département " + scopeId.substring(4);
        String m = switch (v.method()) {
            case PUBLIE -> "publié " + (level.equals("epci") ? "EPCI" : level);
            case AGREGE, CALCULE ->
                (v.methodDetail() == null ? v.method().label() : v.methodDetail())
                        + (scopeId.equals(territory.id()) ? "" : " (" + level + ")");
            case DECLARE -> "déclaré";
        };
        return scopeId.equals(territory.id()) ? m : m + " — valeur départementale (méthode Diag360)";
    }

    /** The département holding most of the territory's population. */
    private String departementOf(TerritorySummary territory) {
        if (territory.type() == TerritoryType.DEPARTEMENT
                || territory.type() == TerritoryType.REGION
                || territory.type() == TerritoryType.PAYS) return territory.id();
        if (territory.type() == TerritoryType.COMMUNE)
            return jdbc.sql("""
                            select m.parent_id from territory.membership m join territory.territory d on d.id = m.parent_id
                            where m.member_id = ? and d.type = 'departement'""")
                    .param(territory.id())
                    .query(String.class)
                    .optional()
                    .orElse(territory.id());
        return jdbc.sql("""
                        select md.parent_id from territory.membership me
                        join territory.territory c on c.id = me.member_id and c.type = 'commune'
                        join territory.membership md on md.member_id = c.id
                        join territory.territory d on d.id = md.parent_id and d.type = 'departement'
                        where me.parent_id = ? group by md.parent_id order by sum(c.population) desc limit 1""")
                .param(territory.id())
                .query(String.class)
                .optional()
                .orElse(territory.id());
    }

    private static int indexOf(List<IndicatorRow> rows, String id) {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).id().equals(id)) return i;
        throw new IllegalStateException("Ligne " + id + " absente du référentiel " + REFERENTIAL);
    }

    private static double round(double value, Scale scale) {
        int digits = scale == Scale.FRACTION ? 4 : Math.abs(value) >= 100 ? 1 : 2;
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }
}
