package fr.resilience360.report.cahier;

import static fr.resilience360.territory.typology.ResilienceType.MONTAGNE;
import static fr.resilience360.territory.typology.ResilienceType.PETITES_VILLES_CAMPAGNES;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.observatory.DeclaredIndicatorValues;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.online.Caller;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.survey.SharedSurveyResults.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The national synthesis of the élus' surveys in PDF, from the same content as its page: real text, title and
 * language set, tagged; a cell resting on fewer than five answers is hidden there too, and no territory is named.
 * Public: every caller downloads it.
 */
@IntegrationTest
class ElusSynthesisPdfTest {

    static final String TITLE = "Synthèse nationale des enquêtes des élus — Résilience 360";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ElusSyntheses syntheses;

    @Test
    void aCellUnderFiveAnswersIsHiddenInThePdfAndNoTerritoryIsNamed() throws Exception {
        ElusSynthesis synthesis = ElusSyntheses.of(
                List.of(
                        value("commune-a", 4.4, DeclaredIndicatorValues.MINIMUM_RESPONDENTS - 1),
                        value("commune-b", 2.6, 12)),
                Map.of("commune-a", List.of(MONTAGNE), "commune-b", List.of(PETITES_VILLES_CAMPAGNES)),
                List.of(ElusSynthesesTest.KNOWLEDGE));

        byte[] bytes = syntheses.pdf(synthesis, LocalDate.of(2026, 6, 15));
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/synthese-elus-case-cachee.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = words(pdf);
            assertThat(text)
                    .contains("Synthèse nationale des enquêtes des élus", "éditée le 15/06/2026")
                    .contains("Connaissance des risques (note sur 5)")
                    .contains("2,6 (12 répondants, 1 territoire(s))")
                    .contains("moins de 5 réponses", "aucun territoire")
                    .doesNotContain("4,4")
                    .doesNotContain("commune-a")
                    .doesNotContain("commune-b");
        }
    }

    @Test
    void theDownloadHasItsTitleLanguageAndTagsAndThePageLinksToIt() throws Exception {
        byte[] bytes = download(mvc.get().uri("/cahiers/synthese-elus.pdf").exchange());
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/synthese-elus.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(words(pdf)).contains("territoire(s) partagent aujourd'hui les résultats");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .as("A4 à l'italienne")
                    .isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
        }
        assertThat(mvc.get().uri("/cahiers/synthese-elus"))
                .hasStatusOk()
                .bodyText()
                .contains("Télécharger la synthèse (PDF)", "/cahiers/synthese-elus.pdf");
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyoneMayReadAndDownloadTheSynthesis(Caller caller) throws Exception {
        String email = caller.signIn(accounts);
        for (String uri : List.of("/cahiers/synthese-elus", "/cahiers/synthese-elus.pdf")) {
            var request = mvc.get().uri(uri);
            if (email != null) request = request.with(OnlineFixtures.as(email));
            caller.gets(request.exchange(), 200, uri);
        }
    }

    private static byte[] download(MvcTestResult result) {
        assertThat(result).hasStatus(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("synthese-elus.pdf");
        return result.getResponse().getContentAsByteArray();
    }

    private static String words(PDDocument pdf) throws java.io.IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    private static Shared value(String territory, double value, int respondents) {
        return new Shared(
                territory,
                new DeclaredIndicatorValues.Value(
                        ElusSynthesesTest.KNOWLEDGE.id(), ObservationPeriod.ofYear(2026), value, respondents));
    }
}
