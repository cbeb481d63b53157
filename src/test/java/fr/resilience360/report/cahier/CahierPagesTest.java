package fr.resilience360.report.cahier;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fr.resilience360.IntegrationTest;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.PrintedDocuments;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.territory.typology.ResilienceType;
import fr.resilience360.territory.typology.TerritoryTypologies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/** The cahiers per type: figures drawn from every EPCI of the type, the same on the page and in the PDF. */
@IntegrationTest
class CahierPagesTest {

    static final List<Need> NEEDS =
            new Referentials().byId(Referentials.DIAG360).needs();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TypeCahiers cahiers;

    @Autowired
    TerritoryTypologies typologies;

    @Autowired
    PrintedDocuments documents;

    @Autowired
    Observatory observatory;

    @Test
    void aCahierIsDrawnFromEveryEpciOfItsType() {
        TypeCahier littoral = cahiers.of(ResilienceType.LITTORAL);
        List<TerritorySummary> members = typologies.ofType(ResilienceType.LITTORAL, TerritoryType.EPCI).stream()
                .map(t -> t.territory())
                .toList();

        assertThat(littoral.members()).isEqualTo(members.size()).isPositive();
        assertThat(littoral.scored()).isPositive().isLessThanOrEqualTo(littoral.members());
        assertThat(littoral.needs()).extracting(n -> n.need().id()).containsExactlyElementsOf(ids(NEEDS));
        assertThat(littoral.needs())
                .filteredOn(n -> n.median() != null)
                .isNotEmpty()
                .allSatisfy(n -> {
                    assertThat(n.q1()).isLessThanOrEqualTo(n.median());
                    assertThat(n.median()).isLessThanOrEqualTo(n.q3());
                    assertThat(n.n()).isLessThanOrEqualTo(littoral.scored());
                });
        assertThat(littoral.weakNeeds())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.of()).isEqualTo(littoral.scored()));
        assertThat(littoral.weakNeeds())
                .isSortedAccordingTo(
                        Comparator.comparingInt(TypeCahier.Frequency::count).reversed());
        assertThat(littoral.hazards()).isNotEmpty();
        assertThat(littoral.examples())
                .hasSizeLessThanOrEqualTo(TypeCahiers.EXAMPLES)
                .allSatisfy(e -> assertThat(members).contains(e))
                .isSortedAccordingTo(
                        Comparator.comparing(TerritorySummary::population).reversed());
        List<String> weakest = littoral.weakNeeds().stream()
                .limit(3)
                .map(TypeCahier.Frequency::id)
                .toList();
        assertThat(littoral.actions())
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.needs()).containsAnyElementsOf(weakest));
        assertThat(littoral.indicators())
                .extracting(TypeCahier.IndicatorSpread::label)
                .contains(observatory.indicator("taux_pauvrete").orElseThrow().label());
        assertThat(littoral.indicators()).allSatisfy(i -> {
            assertThat(i.q1()).isLessThanOrEqualTo(i.median());
            assertThat(i.median()).isLessThanOrEqualTo(i.q3());
            assertThat(i.n()).isPositive().isLessThanOrEqualTo(littoral.members());
            assertThat(i.source()).isNotBlank();
        });
    }

    @Test
    void theListShowsTheSixTypesAndAnUnknownTypeIsNotFound() {
        assertThat(mvc.get().uri("/cahiers"))
                .hasStatus(200)
                .bodyText()
                .contains(
                        "Grandes villes et métropoles",
                        "Villes moyennes et agglomérations",
                        "Petites villes et campagnes",
                        "Littoral",
                        "Montagne",
                        "Outre-mer");
        assertThat(mvc.get().uri("/cahiers/inconnu")).hasStatus(404);
        assertThat(mvc.get().uri("/cahiers/inconnu.pdf")).hasStatus(404);
    }

    @Test
    void thePageShowsTheElevenNeedsAndTheTypesExamples() throws Exception {
        TypeCahier montagne = cahiers.of(ResilienceType.MONTAGNE);
        MvcTestResult page = mvc.get().uri("/cahiers/montagne").exchange();
        assertThat(page).hasStatus(200);
        assertThat(HtmlUtils.htmlUnescape(page.getResponse().getContentAsString()))
                .contains("Cahier « Montagne »", "/cahiers/montagne.pdf")
                .contains(NEEDS.stream().map(Need::name).toList())
                .contains(montagne.examples().get(0).name());
    }

    @Test
    void thePdfHoldsTheSameFiguresAndAQrCodeToThePage() throws Exception {
        MvcTestResult result = mvc.get().uri("/cahiers/littoral.pdf").exchange();
        assertThat(result).hasStatus(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/cahier-littoral.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isBetween(1, 8);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Cahier « Littoral » — Résilience 360");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Les 11 besoins", "Indicateurs clés", "Méthode et sources", "Aléas les plus marquants")
                    .contains(NEEDS.stream().map(Need::name).toList())
                    .contains(cahiers.of(ResilienceType.LITTORAL)
                            .examples()
                            .get(0)
                            .name());
            var page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            assertThat(new QRCodeReader().decode(bitmap).getText())
                    .isEqualTo(documents.baseUrl() + "/cahiers/littoral");
        }
    }

    private static List<String> ids(List<Need> needs) {
        return needs.stream().map(Need::id).toList();
    }
}
