package fr.resilience360.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * A PDF from the same HTML as a page (HTML5 as Thymeleaf writes it): A4 and margins come from the page's own
 * {@code @page} rules, the text stays real text (searchable, copyable) in the embedded DejaVu Sans (only the glyphs
 * used), SVG (charts, maps, QR codes) is drawn as vectors, the document is tagged for accessibility (PDF/UA: structure,
 * reading order, alternative texts) with the title and language of the HTML ({@code <title>}, {@code <html lang>}).
 * Nothing is fetched from outside: every image must be inline ({@code <svg>} or a {@code data:} URI).
 */
public final class PdfDocuments {

    /** The font family the PDF templates must name: the only one embedded. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    static {
        // the library's INFO lines (fonts loaded, « prepare to fly ») would fill a batch's output; warnings stay
        for (String logger : XRLog.listRegisteredLoggers()) XRLog.setLevel(logger, Level.WARNING);
    }

    private PdfDocuments() {}

    /**
     * @param html a whole HTML document, with {@code <title>} and {@code <html lang>}
     * @param baseUri the address the document's relative links are read against (the site's base URL)
     */
    public static byte[] of(String html, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("Résilience 360")
                .useSVGDrawer(new BatikSVGDrawer())
                .useExternalResourceAccessControl(
                        (uri, type) -> uri.startsWith("data:"), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, baseUri)), baseUri);
        font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF impossible à produire", e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> resource("fonts/" + file), FONT_FAMILY, weight, style, true);
    }

    private static InputStream resource(String path) {
        InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("Police absente du projet : " + path);
        return in;
    }
}
