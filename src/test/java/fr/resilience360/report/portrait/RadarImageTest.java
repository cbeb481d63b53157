package fr.resilience360.report.portrait;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.shared.PdfDocuments;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The radar as printed looks like its reference image ({@code src/test/resources/report/radar-reference.png}), within
 * a tolerance for the rasteriser's anti-aliasing: drawn through the same PDF path as the report ({@link PrintedRadar}:
 * Batik for the drawing, HTML text for the labels), rendered at 72 dpi; its need labels are real text. To accept a deliberate change of the drawing, run once with {@code -Dreport.radar.update=true} and look at
 * the new image before committing it.
 */
class RadarImageTest {

    static final Path REFERENCE = Path.of("src/test/resources/report/radar-reference.png");

    /** Share of the inked pixels (not white in either image) allowed to differ by more than 64 levels on a channel. */
    static final double TOLERANCE = 0.02;

    @Test
    void theRadarLooksLikeItsReference() throws Exception {
        BufferedImage actual = printed(PrintedRadar.html(axes(), "Radar de référence"));
        Files.createDirectories(Path.of("target/screenshots"));
        ImageIO.write(
                actual, "png", Path.of("target/screenshots/radar-actual.png").toFile());
        if (Boolean.getBoolean("report.radar.update")) ImageIO.write(actual, "png", REFERENCE.toFile());

        BufferedImage reference = ImageIO.read(REFERENCE.toFile());
        assertThat(actual.getWidth()).isEqualTo(reference.getWidth());
        assertThat(actual.getHeight()).isEqualTo(reference.getHeight());
        assertThat(differingShare(actual, reference)).isLessThan(TOLERANCE);
    }

    @Test
    void aDifferentRadarIsNotTakenForTheReference() throws Exception {
        List<RadarSvg.Axis> other = new ArrayList<>(axes());
        other.set(0, new RadarSvg.Axis("Avoir accès à l'eau potable", 0.05, 0.2, 0.4, 0.6));
        other.set(6, new RadarSvg.Axis("Produire et s'approvisionner localement", null, null, null, null));
        BufferedImage reference = ImageIO.read(REFERENCE.toFile());

        assertThat(differingShare(printed(PrintedRadar.html(other, "Autre radar")), reference))
                .isGreaterThan(TOLERANCE);
    }

    /** Eleven needs with known values and quartiles, one without score. */
    private static List<RadarSvg.Axis> axes() {
        String[] names = {
            "Avoir accès à l'eau potable",
            "Avoir accès à l'énergie",
            "Avoir un toit",
            "Être en capacité de se déplacer",
            "Être en capacité de se soigner",
            "Être en lien avec la nature",
            "Produire et s'approvisionner localement",
            "S'informer et s'instruire",
            "Se nourrir",
            "Se sentir en sécurité",
            "Vivre ensemble et faire société"
        };
        List<RadarSvg.Axis> axes = new ArrayList<>();
        for (int i = 0; i < names.length; i++)
            axes.add(new RadarSvg.Axis(
                    names[i], i == 1 ? null : 0.3 + 0.06 * i, 0.2 + 0.02 * i, 0.4 + 0.02 * i, 0.6 + 0.02 * i));
        return axes;
    }

    @Test
    void theNeedLabelsArePrintedAsRealText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf(PrintedRadar.html(axes(), "Radar de référence")))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (RadarSvg.Axis axis : axes()) assertThat(text).contains(axis.label());
            assertThat(text).contains("Avoir accès à l'énergie (sans score)");
        }
    }

    private static BufferedImage printed(String radar) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf(radar))) {
            return new PDFRenderer(pdf).renderImageWithDPI(0, 72);
        }
    }

    /** The radar alone on an A4 page, through the PDF path of the report (openhtmltopdf, Batik). */
    private static byte[] pdf(String radar) {
        String html =
                "<!DOCTYPE html><html lang=\"fr\"><head><title>Radar</title><style>@page { size: A4; margin: 10mm }"
                        + " body { font-family: 'DejaVu Sans' }</style></head><body>" + radar + "</body></html>";
        return PdfDocuments.of(html, "http://localhost/");
    }

    /** Of the pixels inked in either image, the share that differs by more than 64 levels on a channel. */
    static double differingShare(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) return 1;
        long differing = 0;
        long inked = 0;
        for (int y = 0; y < a.getHeight(); y++)
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                if ((p & 0xffffff) == 0xffffff && (q & 0xffffff) == 0xffffff) continue;
                inked++;
                for (int shift = 0; shift <= 16; shift += 8)
                    if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > 64) {
                        differing++;
                        break;
                    }
            }
        return inked == 0 ? 0 : (double) differing / inked;
    }
}
