package fr.resilience360.report.cahier;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fr.resilience360.IntegrationTest;
import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.shared.PrintedDocuments;
import fr.resilience360.survey.Surveys;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.territory.typology.ResilienceType;
import fr.resilience360.territory.typology.TerritoryTypologies;
import fr.resilience360.vulnerability.NeedScoreSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The KAART alert sheet: the territory's own three weakest needs and an action for each, its type's key issues with
 * its own figures, on one printed page whose QR codes lead to its page and to its open élus' survey.
 */
@IntegrationTest
class AlertSheetTest {

    static final String NO_SURVEY_COMMUNE = "01001";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AlertSheets sheets;

    @Autowired
    NeedScoreSource scores;

    @Autowired
    Territories territories;

    @Autowired
    Surveys surveys;

    @Autowired
    PrintedDocuments documents;

    @Autowired
    ReferenceScores referenceScores;

    @Autowired
    TerritoryTypologies typologies;

    @Autowired
    TypeCahiers cahiers;

    @Test
    void theSheetHoldsTheThreeWeakestNeedsAnActionForEachAndTheTypesIssues() {
        TerritorySummary lorient = territories.require(OnlineFixtures.LORIENT_AGGLO);
        AlertSheet sheet = sheets.of(lorient, "https://exemple.fr");
        var own = scores.of(lorient).byNeed();

        assertThat(sheet.types()).contains(ResilienceType.LITTORAL);
        assertThat(sheet.weakest()).hasSize(3);
        assertThat(sheet.weakest())
                .allSatisfy(
                        f -> assertThat(f.score()).isEqualTo(own.get(f.need().id())));
        assertThat(sheet.weakest().get(0).score())
                .isLessThanOrEqualTo(sheet.weakest().get(1).score())
                .isLessThanOrEqualTo(sheet.weakest().get(2).score());
        assertThat(own.values().stream()
                        .filter(v -> v != null && v < sheet.weakest().get(2).score()))
                .hasSizeLessThanOrEqualTo(2);
        List<String> weakIds = sheet.weakest().stream().map(f -> f.need().id()).toList();
        assertThat(sheet.actions())
                .hasSize(3)
                .allSatisfy(a -> assertThat(a.needs()).containsAnyElementsOf(weakIds));
        assertThat(sheet.typeIssues())
                .hasSize(3)
                .allSatisfy(f -> assertThat(f.share()).isPositive());
        assertThat(sheet.portraitUrl()).isEqualTo("https://exemple.fr/territoires/" + OnlineFixtures.LORIENT_AGGLO);
    }

    @Test
    void aCommuneIsComparedWithTheCommunesOfItsTypeAndTheSheetSaysSo() throws Exception {
        TerritorySummary commune = territories.require(NO_SURVEY_COMMUNE);
        AlertSheet sheet = sheets.of(commune, "https://exemple.fr");
        ResilienceType type = sheet.cahierType();
        Map<String, Map<String, Double>> all = referenceScores.allNeedScores(TerritoryType.COMMUNE);
        List<Map<String, Double>> ofType = typologies.ofType(type, TerritoryType.COMMUNE).stream()
                .map(t -> all.get(t.territory().id()))
                .filter(Objects::nonNull)
                .toList();

        assertThat(sheet.peers().plural()).isEqualTo("communes");
        assertThat(sheet.peers().type()).isEqualTo(type);
        assertThat(sheet.peers().scored()).isEqualTo(ofType.size()).isGreaterThan(100);
        assertThat(sheet.weakest()).isNotEmpty();
        for (AlertSheet.NeedFigure f : concat(sheet.weakest(), sheet.typeIssues()))
            assertThat(f.typeMedian())
                    .as(f.need().name())
                    .isEqualTo(median(ofType.stream()
                            .map(s -> s.get(f.need().id()))
                            .filter(Objects::nonNull)
                            .toList()));
        assertThat(mvc.get().uri("/territoires/" + NO_SURVEY_COMMUNE + "/alerte"))
                .hasStatus(200)
                .bodyText()
                .contains("communes du type « " + type.label() + " » qui ont des scores préremplis")
                .contains("médiane des communes du type")
                .doesNotContain("EPCI du type");
    }

    @Test
    void anEpciIsComparedWithTheEpciOfItsTypeAsInItsCahier() {
        AlertSheet sheet = sheets.of(territories.require(OnlineFixtures.LORIENT_AGGLO), "https://exemple.fr");
        TypeCahier cahier = cahiers.of(sheet.cahierType());

        assertThat(sheet.peers().plural()).isEqualTo("EPCI");
        assertThat(sheet.peers().scored()).isEqualTo(cahier.scored());
        for (AlertSheet.NeedFigure f : concat(sheet.weakest(), sheet.typeIssues()))
            assertThat(f.typeMedian())
                    .isEqualTo(cahier.needs().stream()
                            .filter(s -> s.need().equals(f.need()))
                            .findFirst()
                            .orElseThrow()
                            .median());
    }

    private static List<AlertSheet.NeedFigure> concat(List<AlertSheet.NeedFigure> a, List<AlertSheet.NeedFigure> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The middle value, or the mean of the two middle values. */
    private static Double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    @Test
    void onOnePageItsQrCodesLeadToTheTerritoryAndToItsOpenElusSurvey() throws Exception {
        TerritorySummary lorient = territories.require(OnlineFixtures.LORIENT_AGGLO);
        String survey = surveys.create(lorient, "elus", "alerte@exemple.fr").link();

        try (PDDocument pdf = Loader.loadPDF(download("/territoires/" + lorient.id() + "/alerte.pdf"))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getDocumentInformation().getSubject()).contains(lorient.name());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Alerte pour les élus de " + lorient.name(), "Trois actions pour commencer");
            assertThat(qrCodes(pdf))
                    .containsExactlyInAnyOrder(documents.baseUrl() + "/territoires/" + lorient.id(), survey);
        }
    }

    @Test
    void withoutAnOpenElusSurveyTheSheetSaysSo() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download("/territoires/" + NO_SURVEY_COMMUNE + "/alerte.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Aucune enquête des élus n'est ouverte");
            assertThat(qrCodes(pdf)).containsExactly(documents.baseUrl() + "/territoires/" + NO_SURVEY_COMMUNE);
        }
    }

    @Test
    void thePagesAreForCommunesAndEpciAndTheGuideIsPublic() throws Exception {
        assertThat(mvc.get().uri("/territoires/" + NO_SURVEY_COMMUNE + "/alerte"))
                .hasStatus(200)
                .bodyText()
                .contains("Ses trois besoins les plus faibles", "/territoires/" + NO_SURVEY_COMMUNE + "/alerte.pdf");
        assertThat(mvc.get().uri("/territoires/dep-56/alerte")).hasStatus(404);
        assertThat(mvc.get().uri("/territoires/99999/alerte.pdf")).hasStatus(404);
        assertThat(mvc.get().uri("/cahiers/guide-benevoles"))
                .hasStatus(200)
                .bodyText()
                .contains("Écueils à éviter");
        try (PDDocument guide = Loader.loadPDF(download("/cahiers/guide-benevoles.pdf"))) {
            assertThat(new PDFTextStripper().getText(guide)).contains("Ouvrir le dialogue");
        }
    }

    private byte[] download(String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatus(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/" + uri.replaceAll("[^a-z0-9.-]+", "-")), bytes);
        return bytes;
    }

    /** The QR codes of the page: its left half and its right half are read apart (the two codes sit side by side). */
    private static List<String> qrCodes(PDDocument pdf) throws Exception {
        var page = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
        int half = page.getWidth() / 2;
        List<String> found = new java.util.ArrayList<>();
        for (var part : List.of(
                page.getSubimage(0, 0, half, page.getHeight()),
                page.getSubimage(half, 0, page.getWidth() - half, page.getHeight()))) {
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(part)));
            try {
                found.add(new QRCodeReader()
                        .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                        .getText());
            } catch (NotFoundException noCodeInThisHalf) {
                // the sheet without an élus' survey has one code only
            }
        }
        return found;
    }
}
