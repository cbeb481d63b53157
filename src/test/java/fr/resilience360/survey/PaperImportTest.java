package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static fr.resilience360.survey.SurveyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.territory.Territories;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Issue 11, paper answers: the CSV import, a dry run listing every error, then all answers stored or none. */
@IntegrationTest
class PaperImportTest {

    private static final Pattern CONTENT = Pattern.compile("name=\"contenu\" value=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    PaperRepository paper;

    CreatedSurvey survey;
    String volunteer;

    @BeforeEach
    void openABusinessesSurveyWithFourPrintedSheets() {
        survey = surveys.create(territories.require(LORIENT_AGGLO), "entreprises", "essai");
        paper.reserveSheets(survey.id(), 4);
        volunteer = member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO);
    }

    @Test
    void offersAnEmptyTemplateWithTheSheetThenEveryQuestionCode() throws Exception {
        MvcTestResult template = mvc.get()
                .uri("/enquetes/" + survey.id() + "/import/modele.csv")
                .with(as(volunteer))
                .exchange();

        assertThat(template).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(template.getResponse().getHeader("Content-Disposition"))
                .contains("enquete-" + survey.id() + "-modele.csv");
        assertThat(template.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith("\uFEFFfeuille;secteur;secteur.autre;effectif;dependance_fournisseurs;")
                .endsWith("\r\n")
                .hasLineCount(1);
    }

    @Test
    void theDryRunListsEveryErrorByLineAndColumnAndStoresNothing() throws Exception {
        String csv = "feuille,secteur,effectif,plan_continuite,dependance_energie,couleur\n"
                + sheet(1) + ",commerce,4,non,9,bleu\n"
                + sheet(1) + ",commerce,4,non,3,\n"
                + "12-0001-V,commerce,,non,3,\n";

        String html = html(verify(csv));

        assertThat(html)
                .contains("Vérification : 5 erreurs, rien n&#39;est importé")
                .contains("Ligne 1, colonne couleur : colonne inconnue")
                .contains("Ligne 2, colonne dependance_energie : une note entière de 1 à 5 est attendue")
                .contains("Ligne 3, colonne feuille : la feuille " + sheet(1) + " figure déjà ligne 2")
                .contains("Ligne 4, colonne feuille : ")
                .contains("Ligne 4, colonne effectif : réponse obligatoire")
                .doesNotContain("name=\"contenu\"");
        assertThat(paper.entered(survey.id())).isZero();
    }

    @Test
    void aRightFileIsCheckedThenImportedWholeWithTheVolunteerAndCountedOnceIfSentTwice() throws Exception {
        String csv = "\uFEFFfeuille;secteur;effectif;plan_continuite;mesures\r\n"
                + sheet(1) + ";commerce;4;non;teletravail|stock_securite\r\n"
                + sheet(2) + ";industrie;120;oui_teste;\r\n";
        String checked = html(verify(csv));
        assertThat(checked).contains("Vérification : aucune erreur").contains("2 réponses prêtes à importer.");
        String content = content(checked);
        String key = UUID.randomUUID().toString();

        assertThat(html(importAll(content, key))).contains("2 réponses importées.");
        assertThat(html(importAll(content, key))).contains("Cet import a déjà été fait");

        assertThat(paper.entered(survey.id())).isEqualTo(2);
        assertThat(paper.entryOf(survey.id(), sheet(2)).orElseThrow().enteredBy())
                .isEqualTo(volunteer);
    }

    @Test
    void theImportChecksAgainAndStoresNothingWhenASheetWasEnteredMeanwhile() throws Exception {
        String csv = "feuille;secteur;effectif;plan_continuite\n" + sheet(3) + ";commerce;4;non\n" + sheet(4)
                + ";commerce;5;non\n";
        String content = content(html(verify(csv)));
        String other = "feuille;secteur;effectif;plan_continuite\n" + sheet(4) + ";transport;2;en_cours\n";
        html(importAll(content(html(verify(other))), UUID.randomUUID().toString()));

        String html = html(importAll(content, UUID.randomUUID().toString()));

        assertThat(html).contains("Ligne 3, colonne feuille : la feuille " + sheet(4) + " a déjà été saisie le");
        assertThat(paper.entryOf(survey.id(), sheet(3))).isEmpty();
        assertThat(paper.entered(survey.id())).isEqualTo(1);
    }

    @Test
    void refusesAFileOver5MegabytesOrNotInUtf8WithAClearMessage() throws Exception {
        byte[] big = new byte[PaperCsv.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ';');
        MvcTestResult tooBig = verify(big);
        assertThat(tooBig).hasStatus(400);
        assertThat(html(tooBig)).contains("Le fichier dépasse 5 Mo : découpez-le en plusieurs fichiers.");

        MvcTestResult latin1 = verify("feuille;secteur\n;é\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(html(latin1)).contains("n&#39;est pas encodé en UTF-8");
    }

    private MvcTestResult verify(String csv) {
        return verify(csv.getBytes(StandardCharsets.UTF_8));
    }

    private MvcTestResult verify(byte[] csv) {
        return mvc.post()
                .uri("/enquetes/" + survey.id() + "/import/verification")
                .multipart()
                .file(new MockMultipartFile("fichier", "feuilles.csv", "text/csv", csv))
                .with(as(volunteer))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult importAll(String content, String key) {
        return mvc.post()
                .uri("/enquetes/" + survey.id() + "/import")
                .multipart()
                .param("contenu", content)
                .param("cle", key)
                .with(as(volunteer))
                .with(csrf())
                .exchange();
    }

    private String sheet(int number) {
        return new SheetCode(survey.id(), number).toString();
    }

    private static String content(String html) {
        Matcher m = CONTENT.matcher(html);
        assertThat(m.find()).as("formulaire « Importer »").isTrue();
        assertThat(Base64.getDecoder().decode(m.group(1))).isNotEmpty();
        return m.group(1);
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
