package fr.resilience360.report.portrait;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import fr.resilience360.IntegrationTest;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.survey.CreatedSurvey;
import fr.resilience360.survey.Surveys;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The portrait report's PDF read back as a reader would: at most 20 A4 pages of real text naming the territory and
 * the 11 needs, with a source line and its year for every figure, title and language set, tagged; its QR codes,
 * decoded from the rendered pages, lead to the live portrait, to the inhabitants' open survey and to each recommended
 * action's page.
 */
@IntegrationTest
class PortraitReportPdfTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PortraitReports reports;

    @Autowired
    Territories territories;

    @Autowired
    Referentials referentials;

    @Autowired
    Surveys surveys;

    @Test
    void thePdfNamesTheTerritoryAndTheElevenNeedsWithTheSourceAndYearOfEveryFigure() throws Exception {
        TerritorySummary lorient = territories.require(LORIENT_AGGLO);
        PortraitReport report = reports.report(lorient);
        byte[] bytes = download(LORIENT_AGGLO);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/rapport-portrait.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).isBetween(2, 20);
            String text = words(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("Portrait de résilience — " + lorient.name());
            for (Need need : referentials.byId(Referentials.DIAG360).needs())
                assertThat(text).contains(words(need.name()));
            assertThat(text).contains("Sources et licences", "Messages clés", "Méthode");
            assertThat(report.sources()).hasSizeGreaterThan(2);
            for (PortraitReport.SourceLine s : report.sources())
                assertThat(text).contains(words(s.source())).contains(words(s.year()));
            assertThat(report.sources()).anySatisfy(s -> assertThat(s.year()).containsPattern("20\\d\\d"));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Portrait de résilience — " + lorient.name());
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        }
    }

    @Test
    void itsQrCodesLeadToTheLivePortraitAndToEachRecommendedActionsPage() throws Exception {
        TerritorySummary lorient = territories.require(LORIENT_AGGLO);
        PortraitReport report = reports.report(lorient);
        assertThat(report.actions()).isNotEmpty();
        try (PDDocument pdf = Loader.loadPDF(download(LORIENT_AGGLO))) {
            assertThat(qrCodes(pdf, 0))
                    .containsExactly(reports.baseUrl() + "/territoires/" + LORIENT_AGGLO + "/diagnostic");
            Set<String> all = new java.util.TreeSet<>();
            for (int page = 1; page < pdf.getNumberOfPages(); page++)
                if (textOf(pdf, page).contains("/actions/"))
                    qrCodes(pdf, page).stream()
                            .filter(url -> url.contains("/actions/"))
                            .forEach(all::add);
            assertThat(all)
                    .containsExactlyInAnyOrderElementsOf(report.actions().stream()
                            .map(a -> reports.baseUrl() + "/actions/" + a.actionId())
                            .toList());
        }
    }

    @Test
    void anOpenInhabitantsSurveyHasItsQrCodeBesideThePerception() throws Exception {
        TerritorySummary lannion = territories.require("22113");
        CreatedSurvey survey = surveys.create(lannion, "habitants", "PortraitReportPdfTest");
        PortraitReport report = reports.report(lannion);
        assertThat(report.survey().url()).isEqualTo(survey.link());
        byte[] bytes = reports.pdf(lannion);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/rapport-enquete-ouverte.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int page = 0;
            while (!textOf(pdf, page).contains("Une enquête auprès des habitants est ouverte")) page++;
            assertThat(words(textOf(pdf, page))).contains(survey.link());
            assertThat(qrCodes(pdf, page)).contains(survey.link());
        }
    }

    @Test
    void withoutAnOpenInhabitantsSurveyTheReportSaysSo() throws Exception {
        TerritorySummary dep = territories.require("dep-22");
        assertThat(reports.report(dep).survey()).isNull();
        try (PDDocument pdf = Loader.loadPDF(reports.pdf(dep))) {
            assertThat(words(new PDFTextStripper().getText(pdf)))
                    .contains("Aucune enquête auprès des habitants n'est ouverte en ce moment");
        }
    }

    @Test
    void theRadarsNeedLabelsAreRealTextOfItsPage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download(LORIENT_AGGLO))) {
            int page = 0;
            while (!textOf(pdf, page).contains("Les 11 besoins essentiels")) page++;
            String radar = words(textAbove(pdf, page, "Scores des besoins (de 0 à 1)"));
            for (Need need : referentials.byId(Referentials.DIAG360).needs())
                assertThat(radar).as("libellé du radar").contains(words(need.name()));
        }
    }

    @Test
    void everyLevelHasAReportThatSaysWhatItLacks() throws Exception {
        for (String id : List.of("reg-53", "dep-56", "29019")) {
            TerritorySummary territory = territories.require(id);
            PortraitReport report = reports.report(territory);
            try (PDDocument pdf = Loader.loadPDF(reports.pdf(territory))) {
                assertThat(pdf.getNumberOfPages()).as(id).isBetween(2, 20);
                String text = words(new PDFTextStripper().getText(pdf));
                assertThat(text).contains(territory.name(), words(report.base().words()));
                if (report.typology() == null) assertThat(text).contains("Typologie non disponible");
                if (report.group() == null) assertThat(text).contains("pas de comparaison");
                if (report.perceptionScope() == null) assertThat(text).contains("Aucune enquête auprès des habitants");
            }
        }
    }

    @Test
    void anUnknownTerritoryHasNoReport() {
        assertThat(mvc.get().uri("/territoires/99999/rapport.pdf").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/territoires/99999/rapport").exchange()).hasStatus(404);
    }

    private byte[] download(String id) {
        MvcTestResult result =
                mvc.get().uri("/territoires/" + id + "/rapport.pdf").exchange();
        assertThat(result).hasStatus(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("portrait-" + id + ".pdf");
        return result.getResponse().getContentAsByteArray();
    }

    private static String textOf(PDDocument pdf, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(pdf);
    }

    /**
     * The text of a page that lies above the line starting with {@code marker} (the radar's labels are above the table
     * of the needs, whose caption is that line; the table names the needs too).
     */
    private static String textAbove(PDDocument pdf, int page, String marker) throws java.io.IOException {
        List<Object[]> lines = new java.util.ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                lines.add(new Object[] {text, positions.get(0).getYDirAdj()});
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(pdf);
        float limit = lines.stream()
                .filter(l -> ((String) l[0]).startsWith(marker))
                .map(l -> (Float) l[1])
                .findFirst()
                .orElseThrow();
        return String.join(
                " ",
                lines.stream()
                        .filter(l -> (Float) l[1] < limit)
                        .map(l -> (String) l[0])
                        .toList());
    }

    /**
     * The QR codes of a page rendered at 200 dpi as a printer would, read band by band (overlapping bands of 60 mm, so
     * that each code lies whole in one of them: a reader looking for several codes on a whole page misses some).
     */
    static Set<String> qrCodes(PDDocument pdf, int page) throws Exception {
        BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page, 200);
        int band = (int) (60 / 25.4 * 200);
        Set<String> found = new java.util.TreeSet<>();
        for (int top = 0; top < image.getHeight(); top += band / 2) {
            BufferedImage part = image.getSubimage(0, top, image.getWidth(), Math.min(band, image.getHeight() - top));
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(part)));
            try {
                Arrays.stream(new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)))
                        .map(Result::getText)
                        .forEach(found::add);
            } catch (com.google.zxing.NotFoundException e) {
                // no code in this band
            }
        }
        return found;
    }

    /** Text with every run of white space (line ends of wrapped cells) as one space, a word cut after a hyphen joined. */
    static String words(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ")
                .replaceAll("(\\S)- ", "$1-");
    }
}
