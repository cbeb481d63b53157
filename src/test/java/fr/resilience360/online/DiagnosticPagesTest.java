package fr.resilience360.online;

import static fr.resilience360.online.OnlineFixtures.BLAVET;
import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static fr.resilience360.online.OnlineFixtures.as;
import static fr.resilience360.online.OnlineFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.workbook.Diag360Workbook;
import fr.resilience360.diagnostic.workbook.WorkbookAnswers;
import fr.resilience360.referential.Referentials;
import fr.resilience360.territory.Territories;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The online diagnostic's pages: start, fill with autosave, conflicts, history, publish, read, export. */
@IntegrationTest
class DiagnosticPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    OnlineDiagnostics diagnostics;

    @Autowired
    Territories territories;

    @Autowired
    Referentials referentials;

    @Test
    void anEditorStartsFromTheTerritoryListAndSeesThePortraitOfTheDraft() {
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        String list = "/territoires/" + LORIENT_AGGLO + "/diagnostics";
        assertThat(mvc.get().uri(list).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("Démarrer avec les données ouvertes", "Importer le classeur");
        assertThat(mvc.get().uri(list))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Démarrer avec")
                .contains("Connectez-vous");
        MvcTestResult started =
                mvc.post().uri(list).with(as(editor)).with(csrf()).exchange();
        assertThat(started).hasStatus(302);
        String page = started.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(page).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Diagnostic 360° de CA Lorient Agglomération",
                        "Brouillon",
                        "Profil de pondération",
                        "Se nourrir",
                        "Besoins les plus fragiles");
        assertThat(mvc.get().uri(list).with(as(editor))).bodyText().contains("Brouillon n°");
        assertThat(mvc.get().uri(list)).bodyText().doesNotContain("Brouillon n°");
    }

    @Test
    void aDraftIsHiddenFromEveryoneButItsMembers() {
        long id = draft();
        assertThat(mvc.get().uri("/diagnostics/" + id)).hasStatus(302).hasRedirectedUrl("/connexion");
        assertThat(mvc.get().uri("/diagnostics/" + id).with(as(member(accounts, Role.ADMIN, BLAVET))))
                .hasStatus(404);
        assertThat(mvc.get().uri("/diagnostics/" + id + ".csv").with(as(member(accounts, Role.ADMIN, BLAVET))))
                .hasStatus(404);
        assertThat(mvc.get().uri("/diagnostics/" + id).with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO))))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Publier cette version");
        assertThat(mvc.get()
                        .uri("/diagnostics/" + id + "/besoins/besoin-inconnu")
                        .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO))))
                .hasStatus(404);
    }

    @Test
    void eachRowSavesItselfAndSaysSoAndTwoEditorsAreToldOfEachOther() {
        long id = draft();
        int row = emptyNumericRow(id);
        String uri = "/diagnostics/" + id + "/lignes/" + row;
        String first = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        String second = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        assertThat(save(uri, first, "0", "12,5"))
                .hasStatusOk()
                .bodyText()
                .contains("Enregistré à", "(version 1)", "resume-besoin", "hx-swap-oob");
        assertThat(save(uri, second, "0", "13"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "modifiée par " + first,
                        "Votre saisie n&#39;est pas perdue",
                        "Valeur actuelle : 12,5",
                        "Remplacer par ma saisie");
        assertThat(save(uri, second, "1", "treize"))
                .hasStatusOk()
                .bodyText()
                .contains("Non enregistré", "pas un nombre");
        assertThat(save(uri, second, "1", "13")).hasStatusOk().bodyText().contains("(version 2)");
        assertThat(mvc.get().uri(uri + "/historique").with(as(first)))
                .hasStatusOk()
                .bodyText()
                .contains(first, second, "12.5", "13");
    }

    @Test
    void anAdminPublishesAnImmutableVersionThatEverybodyReads() {
        long id = draft();
        String admin = member(accounts, Role.ADMIN, LORIENT_AGGLO);
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        assertThat(mvc.post()
                        .uri("/diagnostics/" + id + "/publication")
                        .with(as(editor))
                        .with(csrf()))
                .hasStatus(403);
        MvcTestResult published = mvc.post()
                .uri("/diagnostics/" + id + "/publication")
                .with(as(admin))
                .with(csrf())
                .exchange();
        assertThat(published).hasStatus(302);
        String page = published.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(page))
                .hasStatusOk()
                .bodyText()
                .contains("Version 1", "Publié")
                .doesNotContain("Publier cette version", "Profil de pondération</label>");
        long publishedId = Long.parseLong(page.replaceAll("\\D+", ""));
        int row = emptyNumericRow(publishedId);
        assertThat(save("/diagnostics/" + publishedId + "/lignes/" + row, admin, "0", "1"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/territoires/" + LORIENT_AGGLO + "/diagnostics"))
                .bodyText()
                .contains("\"id\":" + publishedId);
    }

    @Test
    void theWorkbookExportCarriesTheValuesAndReadsBackTheSame() throws Exception {
        long id = draft();
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        int row = emptyNumericRow(id);
        assertThat(save("/diagnostics/" + id + "/lignes/" + row, editor, "0", "7"))
                .hasStatusOk();
        MvcTestResult xlsx =
                mvc.get().uri("/diagnostics/" + id + ".xlsx").with(as(editor)).exchange();
        assertThat(xlsx).hasStatusOk();
        WorkbookAnswers answers = Diag360Workbook.read(
                new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()),
                referentials.byId(Referentials.DIAG360));
        var stored = diagnostics.rows(id);
        for (int i = 0; i < stored.size(); i++)
            assertThat(answers.values().get(i))
                    .as("ligne %d", stored.get(i).sheetRow())
                    .isEqualTo(stored.get(i).value());
        assertThat(mvc.get().uri("/diagnostics/" + id + ".csv").with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .startsWith(String.join(",", DiagnosticExports.CSV_COLUMNS))
                .contains(row + ",");
    }

    @Test
    void theEvolutionBetweenTwoDiagnosticsListsTheRowsThatChanged() {
        long id = draft();
        String admin = member(accounts, Role.ADMIN, LORIENT_AGGLO);
        MvcTestResult published = mvc.post()
                .uri("/diagnostics/" + id + "/publication")
                .with(as(admin))
                .with(csrf())
                .exchange();
        long version = Long.parseLong(published.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
        int row = emptyNumericRow(id);
        assertThat(save("/diagnostics/" + id + "/lignes/" + row, admin, "0", "7"))
                .hasStatusOk();
        assertThat(mvc.get().uri("/diagnostics/" + id).with(as(admin)))
                .bodyText()
                .contains("Comparer avec", "la version 1 publiée");
        assertThat(mvc.get()
                        .uri("/diagnostics/" + id + "/evolution")
                        .param("depuis", "" + version)
                        .with(as(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("1 ligne(s) changée(s)", "<td>" + row + "</td>");
        long other = diagnostics.start(territories.require(BLAVET), "test@exemple.fr");
        assertThat(mvc.get()
                        .uri("/diagnostics/" + id + "/evolution")
                        .param("depuis", "" + other)
                        .with(as(member(accounts, Role.ADMIN, BLAVET))))
                .hasStatus(404);
    }

    @Test
    void thePortraitIsRenderedOncePerStateYetShowsEachChangeAtOnceAndEachPersonTheirOwnActions() {
        long id = draft();
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        String reader = member(accounts, Role.LECTEUR, LORIENT_AGGLO);
        long answered =
                diagnostics.rows(id).stream().filter(r -> r.value().isFilled()).count();
        assertThat(mvc.get().uri("/diagnostics/" + id).with(as(editor)))
                .bodyText()
                .contains(answered + " indicateurs renseignés", "Appliquer");
        assertThat(save("/diagnostics/" + id + "/lignes/" + emptyNumericRow(id), editor, "0", "7"))
                .hasStatusOk();
        assertThat(diagnostics.require(id).revision()).isEqualTo(1);
        assertThat(mvc.get().uri("/diagnostics/" + id).with(as(reader)))
                .bodyText()
                .contains((answered + 1) + " indicateurs renseignés")
                .doesNotContain("Appliquer", "<!--actions-->");
        mvc.post()
                .uri("/diagnostics/" + id + "/ponderation")
                .with(as(editor))
                .with(csrf())
                .param("profil", WeightingProfiles.VITAUX.code())
                .exchange();
        assertThat(mvc.get().uri("/diagnostics/" + id).with(as(editor)))
                .bodyText()
                .contains("Profil de pondération : <strong>besoins vitaux renforcés</strong>", "Appliquer");
    }

    private long draft() {
        return diagnostics.start(territories.require(LORIENT_AGGLO), "test@exemple.fr");
    }

    private int emptyNumericRow(long id) {
        return diagnostics.rows(id).stream()
                .filter(r -> r.value().equals(CellValue.empty()))
                .filter(r -> referentials
                        .byId(Referentials.DIAG360)
                        .rowAt(r.sheetRow())
                        .orElseThrow()
                        .isNumeric())
                .findFirst()
                .orElseThrow()
                .sheetRow();
    }

    private MvcTestResult save(String uri, String email, String revision, String value) {
        return mvc.post()
                .uri(uri)
                .with(as(email))
                .with(csrf())
                .header("HX-Request", "true")
                .param("revision", revision)
                .param("valeur", value)
                .exchange();
    }
}
