package fr.resilience360.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The QR code of a link, to print on posters, paper forms and reports: PNG (10 pixels a module) and SVG (one path,
 * scales to any size), with the quiet zone of four modules the standard asks for, and error correction level M
 * (15 %), enough for a creased or stained print. Plain Java over ZXing.
 */
public final class QrCodes {

    private static final int MODULE_PIXELS = 10;

    private QrCodes() {}

    public static byte[] png(String link) {
        BitMatrix matrix = matrix(link);
        int size = matrix.getWidth() * MODULE_PIXELS;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++)
            for (int x = 0; x < size; x++)
                image.setRGB(x, y, matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0x000000 : 0xFFFFFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The PNG as a {@code data:} URI, for an {@code <img>} of a printed document: a printer and a phone's camera read
     * its pixels more surely than the SVG's many small squares, which a PDF renderer may draw with hairline seams.
     */
    public static String pngDataUri(String link) {
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png(link));
    }

    /** The SVG of a survey's link (its accessible name says so). */
    public static String svg(String link) {
        return svg(link, "QR code de l'enquête");
    }

    /**
     * @param label the accessible name of the image, e.g. « QR code du portrait en ligne »
     */
    public static String svg(String link, String label) {
        BitMatrix matrix = matrix(link);
        int size = matrix.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++)
            for (int x = 0; x < size; x++)
                if (matrix.get(x, y))
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\""
                + size * MODULE_PIXELS + "\" height=\"" + size * MODULE_PIXELS
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + label.replace("\"", "&quot;")
                + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static BitMatrix matrix(String link) {
        try {
            return new QRCodeWriter()
                    .encode(
                            link,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Lien trop long pour un QR code : " + link.length() + " caractères", e);
        }
    }
}
