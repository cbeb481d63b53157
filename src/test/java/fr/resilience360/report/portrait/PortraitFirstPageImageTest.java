package fr.resilience360.report.portrait;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.territory.Territories;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Page 1 of a portrait report as printed (cover, key messages) looks like its reference image
 * ({@code src/test/resources/report/portrait-page1-reference.png}), within the tolerance of {@link RadarImageTest}:
 * rendered at 72 dpi, dated by a fixed clock (the page carries its date of edition). The territory is one no test
 * writes to (CC Faucigny - Glières: no published diagnostic, no survey, no declared exposure), so its page rests on the
 * bundled open data only. To accept a deliberate change of the page, run once with
 * {@code -Dreport.page1.update=true} and look at the new image before committing it.
 */
@IntegrationTest
class PortraitFirstPageImageTest {

    static final Path REFERENCE = Path.of("src/test/resources/report/portrait-page1-reference.png");

    /** A territory whose page 1 comes from the bundled data alone: no test publishes, surveys or declares for it. */
    static final String STABLE_EPCI = "200000172";

    static final Clock EDITION_DAY = Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), PortraitReports.PARIS);

    @Autowired
    PortraitReports reports;

    @Autowired
    Territories territories;

    @Test
    void theFirstPageLooksLikeItsReference() throws Exception {
        BufferedImage actual = firstPage(STABLE_EPCI);
        Files.createDirectories(Path.of("target/screenshots"));
        ImageIO.write(
                actual,
                "png",
                Path.of("target/screenshots/rapport-page1-actual.png").toFile());
        if (Boolean.getBoolean("report.page1.update")) ImageIO.write(actual, "png", REFERENCE.toFile());

        BufferedImage reference = ImageIO.read(REFERENCE.toFile());
        assertThat(actual.getWidth()).isEqualTo(reference.getWidth());
        assertThat(actual.getHeight()).isEqualTo(reference.getHeight());
        assertThat(RadarImageTest.differingShare(actual, reference)).isLessThan(RadarImageTest.TOLERANCE);
    }

    @Test
    void anotherTerritorysFirstPageIsNotTakenForTheReference() throws Exception {
        BufferedImage reference = ImageIO.read(REFERENCE.toFile());

        assertThat(RadarImageTest.differingShare(firstPage(OnlineFixtures.LORIENT_AGGLO), reference))
                .isGreaterThan(RadarImageTest.TOLERANCE);
    }

    @Test
    void theReportIsDatedByItsClock() {
        PortraitReport report = reports.at(EDITION_DAY).report(territories.require(STABLE_EPCI));

        assertThat(report.edited()).hasToString("2026-06-15");
    }

    private BufferedImage firstPage(String id) throws Exception {
        byte[] pdf = reports.at(EDITION_DAY).pdf(territories.require(id));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, 72);
        }
    }
}
