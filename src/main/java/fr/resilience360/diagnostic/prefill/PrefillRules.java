package fr.resilience360.diagnostic.prefill;

import fr.resilience360.referential.Scale;
import java.util.Arrays;
import java.util.List;

/**
 * Which observatory indicator feeds which Diag360 row, on which scale, at which level, and what differs from the
 * Diag360 definition when the figure is only an approximation of it. The coverage of the 124 rows, with the
 * official dataset that would fill each missing one, is in {@code docs/prefill-coverage.md}.
 */
public final class PrefillRules {

    private PrefillRules() {}

    /** Where the value is taken: the territory itself, or its département when the Diag360 method says so. */
    public enum Scope {
        OWN,
        DEPARTEMENT
    }

    /** Makes the row's value from the values of the rule's indicators, in their order. */
    @FunctionalInterface
    public interface Formula {
        double apply(double... values);
    }

    /**
     * A Diag360 row fed by observatory indicators. {@code source}: the scale of the formula's result (PERCENT for the
     * observatory's percentages, FRACTION for shares of communes, RAW otherwise); the value is converted to the scale
     * of the row's thresholds read from the referential (Diag360 v1.3.5, Bornage définitif, columns K–O). The first
     * indicator gives the value's source, year and method. {@code approximation}: null when the figure is the one
     * the Diag360 documentation names, otherwise French text saying what differs (shown beside the value).
     * {@code absence}: French text shown when the territory has no value, e.g. an indicator published for EPCI only.
     */
    public record Rule(
            String rowId,
            List<String> indicatorIds,
            Scale source,
            Scope scope,
            Formula formula,
            String approximation,
            String absence) {

        public Rule {
            indicatorIds = List.copyOf(indicatorIds);
        }

        /** The row takes the indicator's value as it is (converted to the row's scale). */
        static Rule of(String rowId, String indicatorId, Scale source, Scope scope) {
            return new Rule(rowId, List.of(indicatorId), source, scope, values -> values[0], null, null);
        }

        /** The row is computed from several indicators, all of which need a value. */
        static Rule combining(String rowId, List<String> indicatorIds, Scale source, Formula formula) {
            return new Rule(rowId, indicatorIds, source, Scope.OWN, formula, null, null);
        }

        Rule approximatedBy(String text) {
            return new Rule(rowId, indicatorIds, source, scope, formula, text, absence);
        }

        Rule absentBecause(String text) {
            return new Rule(rowId, indicatorIds, source, scope, formula, approximation, text);
        }

        /** The indicator whose source, year and method are shown. */
        public String indicatorId() {
            return indicatorIds.get(0);
        }

        public boolean approximated() {
            return approximation != null;
        }
    }

    private static final String EPCI_ONLY = " : pas de valeur pour une commune, un département ou une région, et "
            + "aucun agrégat n'est calculé à la place. À renseigner par la collectivité.";

    static final String PASSOIRES = "part des F ou G parmi les logements ayant un DPE enregistré à l'ADEME (DPE "
            + "depuis juillet 2021, non redressés), et non part estimée dans l'ensemble des résidences principales "
            + "comme dans la documentation Diag360 (Territoires au Futur)";

    /**
     * The Diag360 rows the observatory feeds. bi3_i05 is the mean of the shares of communes with each of the four
     * services, as the Diag360 method computes it. bv5_i03 takes the département's value, as the Diag360 page of the
     * indicator recommends (communal values are under statistical secrecy or smoothed).
     */
    static final List<Rule> RULES = List.of(
            Rule.of("bv4_i03", "apl_medecins_generalistes", Scale.RAW, Scope.OWN),
            Rule.of("bv4_i06", "apl_infirmiers", Scale.RAW, Scope.OWN),
            Rule.of("bv4_i07", "apl_sages_femmes", Scale.RAW, Scope.OWN),
            Rule.of("bv4_i08", "apl_chirurgiens_dentistes", Scale.RAW, Scope.OWN),
            Rule.of("bv4_i05", "pharmacies_pour_10000", Scale.RAW, Scope.OWN),
            Rule.of("bv3_i03", "part_logements_suroccupes", Scale.PERCENT, Scope.OWN)
                    .absentBecause(
                            "La part des logements suroccupés n'est publiée que pour les EPCI (et Paris)" + EPCI_ONLY),
            Rule.of("bv3_i05", "part_residences_secondaires", Scale.PERCENT, Scope.OWN),
            Rule.of("bv3_i07", "part_logements_vacants", Scale.PERCENT, Scope.OWN),
            Rule.of("bv3_i06", "taux_logements_sociaux", Scale.PERCENT, Scope.OWN)
                    .approximatedBy("taux SRU (logements sociaux rapportés aux résidences principales), et non aux "
                            + "logements de toute nature comme le libellé Diag360"),
            Rule.of("bv3_i10", "part_dpe_f_g", Scale.PERCENT, Scope.OWN).approximatedBy(PASSOIRES),
            Rule.of("be2_i04", "part_menages_une_personne", Scale.PERCENT, Scope.OWN),
            Rule.of("be2_i05", "taux_pauvrete", Scale.PERCENT, Scope.OWN),
            Rule.of("be2_i13", "rapport_interdecile", Scale.RAW, Scope.OWN),
            Rule.of("be2_i07", "participation_municipales_2020", Scale.PERCENT, Scope.OWN)
                    .approximatedBy("moyenne des participations des communes de 1 000 habitants et plus, pondérée "
                            + "par leur population (inscrits non fournis), et non votants / inscrits de toutes les "
                            + "communes"),
            Rule.combining(
                            "bi1_i04",
                            List.of("indicateur_concentration_emploi", "taux_emploi_15_64"),
                            Scale.RAW,
                            values -> ActivityAndJobsScale.level(values[1], values[0]))
                    .approximatedBy(ActivityAndJobsScale.APPROXIMATION)
                    .absentBecause("L'indicateur de concentration d'emploi n'est publié que pour les EPCI" + EPCI_ONLY),
            Rule.of("bi1_i05", "part_emplois_presentiels", Scale.PERCENT, Scope.OWN),
            Rule.of("be3_i09", "atlas_biodiversite_communale", Scale.FRACTION, Scope.OWN),
            Rule.combining(
                            "bi3_i05",
                            List.of(
                                    "commune_ecole_primaire",
                                    "commune_commerce_alimentaire",
                                    "commune_pharmacie",
                                    "commune_medecin_generaliste"),
                            Scale.FRACTION,
                            values -> Arrays.stream(values).average().orElseThrow())
                    .approximatedBy("commerce alimentaire compté par les boulangeries, supérettes et grandes surfaces "
                            + "de la BPE 2024 (les épiceries et autres commerces de bouche ne sont pas dans "
                            + "l'extrait fourni)"),
            Rule.of("bv5_i03", "victimes_coups_blessures_pour_1000", Scale.RAW, Scope.DEPARTEMENT),
            Rule.of("bv5_i04", "nombre_risques_majeurs", Scale.RAW, Scope.OWN));
}
