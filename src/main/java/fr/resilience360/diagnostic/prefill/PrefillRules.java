package fr.resilience360.diagnostic.prefill;

import fr.resilience360.referential.Scale;
import java.util.List;

/** Which observatory indicator feeds which Diag360 row, on which scale, at which level. */
public final class PrefillRules {

    private PrefillRules() {}

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
    static final List<Rule> RULES = List.of(
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
}
