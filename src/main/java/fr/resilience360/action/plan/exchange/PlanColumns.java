package fr.resilience360.action.plan.exchange;

import java.util.List;
import java.util.Set;

/**
 * The stable columns of a plan's export, sheet by sheet, named as the API names the fields (docs/actions.md, « Plan
 * exports and import »). Columns ending in {@code _deduit}/{@code _deduite} are derived: written, never read back.
 */
final class PlanColumns {

    static final String ACTIONS = "Actions";
    static final String BUDGET = "Budget";
    static final String MILESTONES = "Jalons";
    static final String INDICATORS = "Indicateurs";
    static final String POINTS = "Points";
    static final String NOTES = "Notes";
    static final String WEIGHTS = "Pondérations";
    static final String README = "Lisez-moi";

    static final List<String> ACTION_COLUMNS = List.of(
            "id",
            "parent",
            "catalogue",
            "titre",
            "description",
            "statut",
            "debut",
            "echeance",
            "pilote",
            "pilote_nom",
            "elu_referent",
            "partenaires",
            "justification_type",
            "justification_reference",
            "justification_texte",
            "besoins",
            "leviers",
            "cout",
            "difficulte",
            "delai",
            "cobenefices",
            "en_retard_deduit",
            "priorite_deduite");

    static final Set<String> DERIVED = Set.of("en_retard_deduit", "priorite_deduite");

    static final List<String> BUDGET_COLUMNS = List.of("action", "annee", "type", "prevu", "depense");
    static final List<String> MILESTONE_COLUMNS = List.of("action", "titre", "echeance", "atteint");
    static final List<String> INDICATOR_COLUMNS =
            List.of("id", "action", "libelle", "unite", "annee_reference", "source");
    static final List<String> POINT_COLUMNS = List.of("indicateur", "annee", "type", "valeur");
    static final List<String> NOTE_COLUMNS = List.of("action", "date", "auteur", "texte");
    static final List<String> WEIGHT_COLUMNS = List.of("critere", "poids");

    /** The data sheets in the workbook's order, with their columns. */
    static final List<Sheet> SHEETS = List.of(
            new Sheet(ACTIONS, ACTION_COLUMNS),
            new Sheet(BUDGET, BUDGET_COLUMNS),
            new Sheet(MILESTONES, MILESTONE_COLUMNS),
            new Sheet(INDICATORS, INDICATOR_COLUMNS),
            new Sheet(POINTS, POINT_COLUMNS),
            new Sheet(NOTES, NOTE_COLUMNS),
            new Sheet(WEIGHTS, WEIGHT_COLUMNS));

    /** Several values in one cell (needs, levers, co-benefits) are separated by this. */
    static final String LIST_SEPARATOR = "|";

    record Sheet(String name, List<String> columns) {}

    private PlanColumns() {}
}
