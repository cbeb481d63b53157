package fr.resilience360.observatory;

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
 * converted to the scale of the row's thresholds (fraction or percent), with its source and method.
 */
@Service
public class Diag360Prefill {

    public static final String REFERENTIAL = "diag360-1.3.5";

    private final Observatory observatory;
    private final JdbcClient jdbc;

    Diag360Prefill(Observatory observatory, JdbcClient jdbc) {
        this.observatory = observatory;
        this.jdbc = jdbc;
    }

    /** The scale of a Diag360 row's thresholds (Diag360 v1.3.5, Bornage définitif, columns K–O). */
    public enum Scale {
        /** A share between 0 and 1: the observatory's percentages are divided by 100. */
        FRACTION,
        /** A percentage between 0 and 100. */
        PERCENT,
        /** The indicator's own unit (per 100,000 inhabitants, ratio, count). */
        RAW;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Where the value is taken: the territory itself, or its département when the Diag360 method says so. */
    public enum Scope {
        OWN,
        DEPARTEMENT
    }

    /**
     * A Diag360 row fed by an indicator. {@code percentSource}: the indicator is in percent (0–100) and must be
     * divided by 100 for a fraction row; otherwise it is already a share (0–1) or in the row's unit.
     */
    public record Rule(String rowId, String indicatorId, String unit, Scale scale, boolean percentSource, Scope scope) {

        double convert(double value) {
            if (scale == Scale.FRACTION && percentSource) return value / 100;
            if (scale == Scale.PERCENT && !percentSource) return value * 100;
            return value;
        }
    }

    /**
     * The Diag360 rows the observatory feeds. Scales from the workbook (Diag360 v1.3.5, Bornage définitif): APL and
     * densities in their unit; shares of dwellings, poverty, turnout, presential jobs and ABC as fractions;
     * one-person households as a percentage. bv5_i03 takes the département's value, as the Diag360 page of the
     * indicator recommends (communal values are under statistical secrecy or smoothed).
     */
    public static final List<Rule> RULES = List.of(
            new Rule("bv4_i06", "apl_infirmiers", "/ 100 000 hab", Scale.RAW, false, Scope.OWN),
            new Rule("bv4_i07", "apl_sages_femmes", "/ 100 000 hab", Scale.RAW, false, Scope.OWN),
            new Rule("bv4_i08", "apl_chirurgiens_dentistes", "/ 100 000 hab", Scale.RAW, false, Scope.OWN),
            new Rule("bv4_i05", "pharmacies_pour_10000", "/ 10 000 hab", Scale.RAW, false, Scope.OWN),
            new Rule("bv3_i05", "part_residences_secondaires", "%", Scale.FRACTION, true, Scope.OWN),
            new Rule("bv3_i07", "part_logements_vacants", "%", Scale.FRACTION, true, Scope.OWN),
            new Rule("bv3_i06", "taux_logements_sociaux", "%", Scale.FRACTION, true, Scope.OWN),
            new Rule("bv3_i10", "part_dpe_f_g", "%", Scale.FRACTION, true, Scope.OWN),
            new Rule("be2_i04", "part_menages_une_personne", "%", Scale.PERCENT, true, Scope.OWN),
            new Rule("be2_i05", "taux_pauvrete", "%", Scale.FRACTION, true, Scope.OWN),
            new Rule("be2_i13", "rapport_interdecile", "-", Scale.RAW, false, Scope.OWN),
            new Rule("be2_i07", "participation_municipales_2020", "%", Scale.FRACTION, true, Scope.OWN),
            new Rule("bi1_i05", "part_emplois_presentiels", "%", Scale.FRACTION, true, Scope.OWN),
            new Rule("be3_i09", "atlas_biodiversite_communale", "%", Scale.FRACTION, false, Scope.OWN),
            new Rule(
                    "bv5_i03",
                    "victimes_coups_blessures_pour_1000",
                    "/ 1 000 hab",
                    Scale.RAW,
                    false,
                    Scope.DEPARTEMENT),
            new Rule("bv5_i04", "nombre_risques_majeurs", "/13", Scale.RAW, false, Scope.OWN));

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
        for (Rule rule : RULES) {
            String scopeId = rule.scope() == Scope.DEPARTEMENT ? departementOf(territory) : territory.id();
            Optional<IndicatorValue> found = observatory.latest(scopeId, rule.indicatorId());
            if (found.isEmpty()) continue;
            IndicatorValue v = found.get();
            String source =
                    observatory.dataset(v.datasetId()).map(Dataset::title).orElse(v.datasetId());
            rows.add(new Valeur(
                    rule.rowId(),
                    round(rule.convert(v.value()), rule.scale()),
                    rule.unit(),
                    rule.scale().code(),
                    v.period().year(),
                    source,
                    method(v, territory, scopeId),
                    v.coverage() == null ? null : round(v.coverage(), Scale.FRACTION),
                    null));
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

    private static double round(double value, Scale scale) {
        int digits = scale == Scale.FRACTION ? 4 : Math.abs(value) >= 100 ? 1 : 2;
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }
}
