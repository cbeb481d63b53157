package fr.resilience360.action.plan.exchange;

import java.util.ArrayList;
import java.util.List;

/** The « Lisez-moi » sheet of a plan's workbook: what the file is, each sheet's columns, the import's rules. */
final class PlanReadme {

    private PlanReadme() {}

    static List<List<String>> of(String planTitle, String territoryName, String exportedOn) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(planTitle + " — " + territoryName + ", exporté le " + exportedOn + " par Résilience 360."));
        rows.add(List.of(
                "Ce classeur se réimporte dans un plan (« Importer un fichier » sur la page du plan) : il en remplace "
                        + "tout le contenu. Les colonnes grisées, en_retard_deduit et priorite_deduite, sont déduites "
                        + "et ignorées à l'import."));
        rows.add(List.of("Les codes sont ceux de l'API (statut a-venir, en-cours, realise, en-pause, abandonne ; type "
                + "investissement ou fonctionnement ; resultat ou objectif). Dates au format AAAA-MM-JJ. "
                + "Plusieurs valeurs dans une cellule : séparées par « | »."));
        rows.add(List.of(
                "Les id ne servent qu'à relier les lignes du fichier (parent, action, indicateur) : un nouvel id est "
                        + "donné à chaque action importée. Les notes (feuille Notes) reviennent avec leur date, leur "
                        + "auteur et leur texte ; l'historique n'est pas exporté."));
        rows.add(List.of());
        rows.add(List.of("Feuille", "Colonne", "Contenu"));
        for (String[] c : COLUMNS) rows.add(List.of(c));
        return rows;
    }

    private static final String[][] COLUMNS = {
        {PlanColumns.ACTIONS, "id", "identifiant de la ligne dans le fichier (obligatoire, unique)"},
        {PlanColumns.ACTIONS, "parent", "id de l'action dont c'est une sous-action (vide : action de premier niveau)"},
        {PlanColumns.ACTIONS, "catalogue", "identifiant de l'action du catalogue (vide : action personnalisée)"},
        {PlanColumns.ACTIONS, "titre", "1 à 200 caractères"},
        {PlanColumns.ACTIONS, "statut", "a-venir, en-cours, realise, en-pause ou abandonne"},
        {PlanColumns.ACTIONS, "debut, echeance", "dates AAAA-MM-JJ ; l'échéance ne précède pas le début"},
        {PlanColumns.ACTIONS, "pilote", "adresse e-mail d'un membre du territoire"},
        {PlanColumns.ACTIONS, "pilote_nom", "nom d'un pilote sans compte"},
        {PlanColumns.ACTIONS, "justification_type", "ligne-diagnostic, resultat-stress-test, constat-enquete, autre"},
        {PlanColumns.ACTIONS, "besoins, leviers, cobenefices", "codes séparés par « | » (besoins bv1 à be3)"},
        {PlanColumns.ACTIONS, "cout, difficulte, delai", "codes du catalogue (vide : inconnu)"},
        {PlanColumns.ACTIONS, "en_retard_deduit", "oui / non — déduit des dates, ignoré à l'import"},
        {PlanColumns.ACTIONS, "priorite_deduite", "score de 0 à 1 ou « inconnu » — déduit, ignoré à l'import"},
        {PlanColumns.BUDGET, "action, annee, type, prevu, depense", "id de l'action, année, type, euros ≥ 0"},
        {PlanColumns.MILESTONES, "action, titre, echeance, atteint", "id de l'action, titre, dates (atteint : vide)"},
        {PlanColumns.INDICATORS, "id, action, libelle, unite, annee_reference, source", "id de l'indicateur…"},
        {PlanColumns.POINTS, "indicateur, annee, type, valeur", "id de l'indicateur, année, resultat/objectif, nombre"},
        {
            PlanColumns.NOTES,
            "action, date, auteur, texte",
            "id de l'action, AAAA-MM-JJ HH:MM:SS (heure de Paris), auteur, texte"
        },
        {PlanColumns.WEIGHTS, "critere, poids", "impact, boussole, cout, faisabilite, delai, cobenefices : 0 à 10"},
    };
}
