package fr.resilience360.report.portrait;

import java.util.List;
import java.util.Locale;

/**
 * The radar as the PDF prints it: the drawing without its axis labels (Batik turns SVG text into shapes) inside a box
 * of fixed size, and the labels as HTML text placed where the drawing would put them — real text that a reader can
 * search and copy, and that the PDF's tagging reads. The SVG keeps an {@code alt} text with the radar's accessible
 * name, which the tagging gives to the figure.
 */
final class PrintedRadar {

    /** The printed width of the radar; its height keeps the drawing's proportions. */
    static final double WIDTH_MM = 170;

    /** Millimetres per unit of the drawing. */
    private static final double MM = WIDTH_MM / RadarSvg.WIDTH;

    /** The width of a label's box, in the drawing's units (a line of 22 characters at most fits in it). */
    private static final double LABEL_BOX = 180;

    /** The first baseline's depth below the top of its box, in ems of DejaVu Sans at the label's line height. */
    private static final double BASELINE = 0.89;

    private PrintedRadar() {}

    static String html(List<RadarSvg.Axis> axes, String title) {
        String svg = RadarSvg.render(axes, title, false)
                .replaceFirst(
                        "<svg ",
                        "<svg alt=\"" + java.util.regex.Matcher.quoteReplacement(RadarSvg.escape(title))
                                + "\" style=\"width: " + mm(RadarSvg.WIDTH) + "; height: " + mm(RadarSvg.HEIGHT)
                                + "\" ");
        StringBuilder html = new StringBuilder("<div class=\"radar-print\" style=\"position: relative; width: ")
                .append(mm(RadarSvg.WIDTH))
                .append("; height: ")
                .append(mm(RadarSvg.HEIGHT))
                .append("; margin: 0 auto; page-break-inside: avoid\">")
                .append(svg);
        for (RadarLabels.Label label : RadarLabels.of(axes)) html.append(label(label));
        return html.append("</div>").toString();
    }

    private static String label(RadarLabels.Label label) {
        double left = switch (label.anchor()) {
            case "end" -> label.x() - LABEL_BOX;
            case "middle" -> label.x() - LABEL_BOX / 2;
            default -> label.x();
        };
        String align = switch (label.anchor()) {
            case "end" -> "right";
            case "middle" -> "center";
            default -> "left";
        };
        return "<div class=\"radar-label\" style=\"position: absolute; left: " + mm(left) + "; top: "
                + mm(label.y() - BASELINE * RadarSvg.LABEL_SIZE) + "; width: " + mm(LABEL_BOX) + "; text-align: "
                + align + "; font-size: " + mm(RadarSvg.LABEL_SIZE) + "; line-height: " + mm(RadarSvg.LINE_HEIGHT)
                + "; white-space: nowrap; color: #1a1a1a\">"
                + String.join(
                        "<br>", label.lines().stream().map(RadarSvg::escape).toList())
                + "</div>";
    }

    private static String mm(double units) {
        return String.format(Locale.ROOT, "%.2fmm", units * MM);
    }
}
