package fr.resilience360.action.plan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.plan.ActionInput;
import fr.resilience360.action.plan.Criterion;
import fr.resilience360.action.plan.PlanAction;
import fr.resilience360.action.plan.PlanDetails;
import fr.resilience360.action.plan.PlanViews;
import fr.resilience360.action.plan.Plans;
import fr.resilience360.action.plan.Weights;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A plan's workbook imports back into a plan unchanged; a check lists every problem by sheet, line and column; an
 * import with one problem changes nothing; a plan that holds actions is replaced only when asked.
 */
@IntegrationTest
class PlanImportTest {

    /** Two communes whose plans only this test writes. */
    static final String SOURCE = "56098";

    static final String TARGET = "56121";

    static final String BY = "import@exemple.fr";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Plans plans;

    @Autowired
    PlanDetails details;

    @Autowired
    PlanViews views;

    @Autowired
    PlanImports imports;

    @Autowired
    PlanExports exports;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Territories territories;

    @Test
    void aPlanExportedThenImportedIntoAnotherTerritoryIsExportedAgainWithTheSameValuesCellByCell() throws Exception {
        TerritorySummary source = territories.require(SOURCE);
        TerritorySummary target = territories.require(TARGET);
        emptied(source);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String catalogueId = catalogue.actions().get(0).id();
        PlanAction top = plans.add(source, catalogueId, null, input("Du catalogue " + run, "en-cours"), BY);
        PlanAction sub = plans.add(source, null, top.id(), input("Sous-action " + run, "realise"), BY);
        PlanAction other = plans.add(source, null, null, titled("Seule " + run), BY);
        details.addBudget(top, "2026", "investissement", "1000,5", "200", BY);
        details.addBudget(top, "2027", "fonctionnement", "300", "", BY);
        details.addBudget(sub, "2026", "fonctionnement", "12.25", "12.25", BY);
        long done = details.addMilestone(top, "Étude", "2026-03-31", BY);
        details.setMilestoneDone(top, done, "2026-04-02", BY);
        details.addMilestone(other, "Lancement", "2027-01-15", BY);
        long indicator = details.addIndicator(top, "Part de bio", "%", "2024", "cantines", BY);
        details.addIndicator(sub, "Sans point", "", "2025", "", BY);
        var ind = new fr.resilience360.action.plan.Details.Indicator(indicator, top.id(), "", "", 2024, "", List.of());
        details.setPoint(top, ind, "2024", "resultat", "10", BY);
        details.setPoint(top, ind, "2025", "resultat", "12,5", BY);
        details.setPoint(top, ind, "2030", "objectif", "40", BY);
        plans.setWeights(source, weights(5, 0, 2, 1, 3, 10), BY);
        details.addNote(top, "Réunion de lancement ; « cité »", "pilote-" + run + "@exemple.fr");
        details.addNote(top, "Deuxième note\nsur deux lignes", BY);
        details.addNote(sub, "Note de la sous-action", BY);

        byte[] first = xlsx(source);
        PlanImportReport report = imports.run(target, first, false, true, BY);
        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isTrue();
        assertThat(report.counts()).containsEntry("actions", 2).containsEntry("sous_actions", 1);
        byte[] second = xlsx(target);

        var before = PlanWorkbooks.comparable(PlanWorkbooks.read(first));
        var after = PlanWorkbooks.comparable(PlanWorkbooks.read(second));
        assertThat(before.get("Actions")).hasSize(4);
        assertThat(before.get("Points")).hasSize(4);
        assertThat(before.get("Notes")).hasSize(4);
        assertThat(before.get("Notes").get(1))
                .containsExactly(
                        "n° 1",
                        before.get("Notes").get(1).get(1),
                        "pilote-" + run + "@exemple.fr",
                        "Réunion de lancement ; « cité »");
        for (String sheet : before.keySet())
            assertThat(after.get(sheet)).as(sheet).isEqualTo(before.get(sheet));
        var imported = plans.require(
                target.id(),
                views.of(target, PlanExports.today()).actions().get(0).id());
        assertThat(imported.catalogueId()).isEqualTo(catalogueId);
        assertThat(notes(target)).isEqualTo(notes(source)).hasSize(3);
    }

    @Test
    void aNoteLineIsCheckedLikeTheOtherSheetsEachProblemNamingSheetLineAndColumn() {
        TerritorySummary target = territories.require(TARGET);
        byte[] file = PlanWorkbooks.of(Map.of(
                "Actions",
                List.of(List.of("id", "titre"), List.of("1", "Notée")),
                "Notes",
                List.of(
                        List.of("action", "date", "auteur", "texte"),
                        List.of("1", "2026-03-04 09:15:00", "Mme Pilote", "Bonne note"),
                        List.of("1", "04/03/2026", "", "Mauvaise date"),
                        List.of("8", "2026-03-04", "M. X", "Sans action"),
                        List.of("1", "2026-03-04 10:00", "M. Y", ""))));
        PlanImportReport report = imports.run(target, file, true, true, BY);
        assertThat(report.problems().stream().map(PlanImportReport.Problem::text))
                .containsExactlyInAnyOrder(
                        "Feuille Notes, ligne 3, colonne date : Date et heure attendues au format AAAA-MM-JJ "
                                + "HH:MM:SS : « 04/03/2026 ».",
                        "Feuille Notes, ligne 3, colonne auteur : Écrivez de 1 à 320 caractères.",
                        "Feuille Notes, ligne 4, colonne action : aucune action n'a l'id « 8 » dans la feuille Actions",
                        "Feuille Notes, ligne 5, colonne texte : Écrivez de 1 à 5000 caractères.");
        assertThat(report.counts()).containsEntry("notes", 4);
        assertThat(report.summary()).contains("Notes : 4");
    }

    /** Each note of a plan as its author, its date and time in France and its text, action by action. */
    private List<String> notes(TerritorySummary territory) {
        return views.of(territory, PlanExports.today()).actions().stream()
                .flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.of(a), a.subActions().stream()))
                .flatMap(a -> a.notes().stream())
                .map(n -> n.author() + " " + n.writtenInFrance() + " " + n.text())
                .toList();
    }

    @Test
    void aCheckListsEveryProblemBySheetLineAndColumnAndKeepsNothing() {
        TerritorySummary target = territories.require(TARGET);
        byte[] before = xlsx(target);
        byte[] file = PlanWorkbooks.of(Map.of(
                "Actions",
                List.of(
                        List.of("id", "parent", "titre", "statut", "echeance"),
                        List.of("1", "", "Bonne", "a-venir", "2027-01-01"),
                        List.of("2", "", "Mauvaise", "fini", "31/12/2026"),
                        List.of("3", "9", "Orpheline", "", "")),
                "Budget",
                List.of(
                        List.of("action", "annee", "type", "prevu"),
                        List.of("7", "2026", "investissement", "1"),
                        List.of("1", "2026", "autre", "-5")),
                "Points",
                List.of(List.of("indicateur", "annee", "type", "valeur"), List.of("4", "2026", "objectif", "1"))));
        PlanImportReport report = imports.run(target, file, true, true, BY);
        assertThat(report.problems().stream().map(PlanImportReport.Problem::text))
                .containsExactlyInAnyOrder(
                        "Feuille Actions, ligne 3, colonne statut : Valeur inconnue « fini » ; attendu : a-venir, "
                                + "en-cours, realise, en-pause, abandonne.",
                        "Feuille Actions, ligne 3, colonne echeance : Date attendue au format AAAA-MM-JJ, par "
                                + "exemple 2026-03-31 : « 31/12/2026 ».",
                        "Feuille Actions, ligne 4, colonne parent : aucune action n'a l'id « 9 »",
                        "Feuille Budget, ligne 2, colonne action : aucune action n'a l'id « 7 » dans la feuille "
                                + "Actions",
                        "Feuille Budget, ligne 3, colonne type : Valeur inconnue « autre » ; attendu : "
                                + "investissement, fonctionnement.",
                        "Feuille Budget, ligne 3, colonne prevu : Un montant ne peut pas être négatif.",
                        "Feuille Points, ligne 2, colonne indicateur : aucun indicateur n'a l'id « 4 » dans la "
                                + "feuille Indicateurs");
        assertThat(report.imported()).isFalse();
        assertThat(PlanWorkbooks.read(xlsx(target))).isEqualTo(PlanWorkbooks.read(before));
    }

    @Test
    void anImportWithOneBadLineChangesNothingAndSaysWhyInTheApi() throws Exception {
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, TARGET);
        TerritorySummary target = territories.require(TARGET);
        byte[] before = xlsx(target);
        byte[] file = PlanWorkbooks.of(Map.of(
                "Actions",
                List.of(
                        List.of("id", "titre", "statut"),
                        List.of("1", "Bonne " + UUID.randomUUID(), "en-cours"),
                        List.of("2", "", "en-cours"))));
        MvcTestResult result = mvc.post()
                .uri("/api/v1/territoires/" + TARGET + "/plan/import?remplacer=oui")
                .multipart()
                .file("fichier", file)
                .with(OnlineFixtures.as(editor))
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.importe").isEqualTo(false);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.erreurs[0].message")
                .isEqualTo("Feuille Actions, ligne 3, colonne titre : Donnez un titre de 1 à 200 caractères.");
        assertThat(PlanWorkbooks.read(xlsx(target))).isEqualTo(PlanWorkbooks.read(before));
    }

    @Test
    void aPlanThatHoldsActionsIsReplacedOnlyWhenAsked() {
        TerritorySummary target = territories.require(TARGET);
        plans.add(target, null, null, titled("Déjà là " + UUID.randomUUID()), BY);
        byte[] file = PlanWorkbooks.of(Map.of("Actions", List.of(List.of("id", "titre"), List.of("1", "Nouvelle"))));
        assertThatThrownBy(() -> imports.run(target, file, false, false, BY))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("contient déjà")
                .hasMessageContaining("remplacer=oui");
        PlanImportReport report = imports.run(target, file, false, true, BY);
        assertThat(report.imported()).isTrue();
        assertThat(views.of(target, PlanExports.today()).actions())
                .singleElement()
                .satisfies(a -> assertThat(a.fields().title()).isEqualTo("Nouvelle"));
    }

    @Test
    void anUnknownColumnIsAnErrorWhileDerivedColumnsAreIgnoredAndAnAbsentColumnKeepsTheCatalogueValues() {
        TerritorySummary target = territories.require(TARGET);
        byte[] typo = PlanWorkbooks.of(Map.of(
                "Actions", List.of(List.of("id", "titre", "statuts"), List.of("1", "Faute de frappe", "en-cours"))));
        assertThat(imports.run(target, typo, true, true, BY).problems())
                .extracting(PlanImportReport.Problem::text)
                .singleElement()
                .asString()
                .startsWith("Feuille Actions, ligne 1, colonne statuts : colonne inconnue ; colonnes attendues : id,");
        var fromCatalogue = catalogue.actions().get(0);
        byte[] file = PlanWorkbooks.of(Map.of(
                "Actions",
                List.of(
                        List.of("id", "catalogue", "titre", "en_retard_deduit", "priorite_deduite"),
                        List.of("1", fromCatalogue.id(), "Titre à nous", "peut-être", "très haute"))));
        PlanImportReport report = imports.run(target, file, false, true, BY);
        assertThat(report.problems()).isEmpty();
        var imported = views.of(target, PlanExports.today()).actions().get(0);
        assertThat(imported.fields().title()).isEqualTo("Titre à nous");
        assertThat(imported.fields().traits()).isEqualTo(fr.resilience360.action.plan.Traits.of(fromCatalogue));
    }

    @Test
    void theResultsPageOfACheckSaysWhatWouldBeImportedAndOffersToImportIt() {
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, TARGET);
        byte[] file = PlanWorkbooks.of(Map.of("Actions", List.of(List.of("id", "titre"), List.of("1", "Vue"))));
        MvcTestResult page = mvc.post()
                .uri("/territoires/" + TARGET + "/plan/import")
                .multipart()
                .file("fichier", file)
                .param("verifier", "oui")
                .param("remplacer", "oui")
                .with(OnlineFixtures.as(editor))
                .with(csrf())
                .exchange();
        assertThat(page).hasStatus(200);
        assertThat(page).bodyText().contains("Vérification seulement", "Actions : 1", "Importer ce fichier");
    }

    private void emptied(TerritorySummary territory) {
        byte[] empty = PlanWorkbooks.of(Map.of("Actions", List.of(List.of("id"))));
        assertThat(imports.run(territory, empty, false, true, BY).imported()).isTrue();
    }

    private byte[] xlsx(TerritorySummary territory) {
        try {
            MockHttpServletResponse response = new MockHttpServletResponse();
            exports.xlsx(territory, response);
            return response.getContentAsByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Weights weights(int... w) {
        var map = new java.util.EnumMap<Criterion, Integer>(Criterion.class);
        for (Criterion c : Criterion.values()) map.put(c, w[c.ordinal()]);
        return new Weights(map);
    }

    private static ActionInput input(String title, String status) {
        return new ActionInput(
                title,
                "Description ; « citée »",
                status,
                "2026-01-15",
                "2026-12-31",
                null,
                "Mme Pilote",
                "M. l'Élu",
                "Région",
                new ActionInput.JustificationInput("ligne-diagnostic", "bv2/bv2_i03", "Eau fragile"),
                List.of("bv2", "bv1"),
                List.of("p1-l1"),
                "10k-100k",
                "moyenne",
                "moyen",
                List.of("climat", "sante"));
    }

    private static ActionInput titled(String title) {
        return new ActionInput(
                title, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
