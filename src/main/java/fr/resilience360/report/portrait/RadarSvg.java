package fr.resilience360.report.portrait;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A radar chart drawn on the server as SVG, for pages and PDF documents alike (Batik draws it in the PDF): one axis
 * per item from 0 at the centre to 1 at the rim, the band between the first and third quartiles of a comparison
 * group, its median as a dashed line and the subject's values as a solid line with dots. A missing value is a gap in
 * the line, never a zero; a missing quartile leaves the band open there. Plain Java, no dependency.
 */
public final class RadarSvg {

    /**
     * One axis.
     *
     * @param value 0–1, null when unknown
     * @param q1 first quartile of the comparison group, null when unknown (likewise {@code median}, {@code q3})
     */
    public record Axis(String label, Double value, Double q1, Double median, Double q3) {}

    static final int WIDTH = 720;
    static final int HEIGHT = 500;
    static final int LABEL_SIZE = 12;
    static final int LINE_HEIGHT = 13;
    static final double CX = WIDTH / 2.0;
    static final double CY = HEIGHT / 2.0;
    private static final double RADIUS = 165;

    private RadarSvg() {}

    /**
     * @param title the accessible name of the image (it should say where the same figures are given as a table)
     */
    public static String render(List<Axis> axes, String title) {
        return render(axes, title, true);
    }

    /**
     * @param withLabels false to leave the axes' labels out of the drawing (the printed radar sets them as text around
     *     it: {@link PrintedRadar})
     */
    static String render(List<Axis> axes, String title, boolean withLabels) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append(escape(title))
                .append("\" font-family=\"DejaVu Sans, sans-serif\">");
        grid(svg, axes.size());
        band(svg, axes);
        line(svg, axes, Axis::median, "#6b7b8c", "stroke-dasharray=\"6 4\" stroke-width=\"2\"", false);
        line(svg, axes, Axis::value, "#123c69", "stroke-width=\"3\"", true);
        if (withLabels) labels(svg, axes);
        legend(svg);
        return svg.append("</svg>").toString();
    }

    private static void grid(StringBuilder svg, int n) {
        for (int ring = 1; ring <= 4; ring++) {
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < n; i++) points.add(point(i, n, ring / 4.0));
            svg.append("<polygon fill=\"none\" stroke=\"#c8cfd6\" stroke-width=\"1\" points=\"")
                    .append(points(points))
                    .append("\"/>");
        }
        for (int i = 0; i < n; i++) {
            double[] p = point(i, n, 1);
            svg.append("<line stroke=\"#c8cfd6\" stroke-width=\"1\" x1=\"")
                    .append(fmt(CX))
                    .append("\" y1=\"")
                    .append(fmt(CY))
                    .append("\" x2=\"")
                    .append(fmt(p[0]))
                    .append("\" y2=\"")
                    .append(fmt(p[1]))
                    .append("\"/>");
        }
        for (int ring = 2; ring <= 4; ring += 2)
            svg.append("<text font-size=\"10\" fill=\"#555\" x=\"")
                    .append(fmt(CX + 3))
                    .append("\" y=\"")
                    .append(fmt(CY - RADIUS * ring / 4.0 - 2))
                    .append("\">")
                    .append(ring == 4 ? "1" : "0,5")
                    .append("</text>");
    }

    /**
     * The quartile band, sector by sector: between two neighbouring axes whose first and third quartiles are known, the
     * area between the third quartile's line and the first's; a sector with an unknown quartile stays open.
     */
    private static void band(StringBuilder svg, List<Axis> axes) {
        int n = axes.size();
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < n && n > 1; i++) {
            Axis a = axes.get(i);
            Axis b = axes.get((i + 1) % n);
            if (a.q1() == null || a.q3() == null || b.q1() == null || b.q3() == null) continue;
            d.append(closedPath(List.of(
                    point(i, n, a.q3()),
                    point((i + 1) % n, n, b.q3()),
                    point((i + 1) % n, n, b.q1()),
                    point(i, n, a.q1()))));
        }
        if (!d.isEmpty())
            svg.append("<path fill=\"#9fb8d0\" fill-opacity=\"0.45\" stroke=\"none\" d=\"")
                    .append(d)
                    .append("\"/>");
    }

    /** A closed line through the known values; an unknown value breaks it (segments join known neighbours only). */
    private static void line(
            StringBuilder svg,
            List<Axis> axes,
            Function<Axis, Double> value,
            String colour,
            String style,
            boolean dots) {
        int n = axes.size();
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Double from = value.apply(axes.get(i));
            Double to = value.apply(axes.get((i + 1) % n));
            if (from == null || to == null || n < 2) continue;
            double[] a = point(i, n, from);
            double[] b = point((i + 1) % n, n, to);
            d.append('M').append(fmt(a[0])).append(' ').append(fmt(a[1]));
            d.append('L').append(fmt(b[0])).append(' ').append(fmt(b[1]));
        }
        if (!d.isEmpty())
            svg.append("<path fill=\"none\" stroke=\"")
                    .append(colour)
                    .append("\" ")
                    .append(style)
                    .append(" d=\"")
                    .append(d)
                    .append("\"/>");
        if (!dots) return;
        for (int i = 0; i < n; i++) {
            Double v = value.apply(axes.get(i));
            if (v == null) continue;
            double[] p = point(i, n, v);
            svg.append("<circle r=\"4.5\" fill=\"")
                    .append(colour)
                    .append("\" cx=\"")
                    .append(fmt(p[0]))
                    .append("\" cy=\"")
                    .append(fmt(p[1]))
                    .append("\"/>");
        }
    }

    private static void labels(StringBuilder svg, List<Axis> axes) {
        for (RadarLabels.Label label : RadarLabels.of(axes)) {
            svg.append("<text font-size=\"" + LABEL_SIZE + "\" fill=\"#1a1a1a\" text-anchor=\"")
                    .append(label.anchor())
                    .append("\" x=\"")
                    .append(fmt(label.x()))
                    .append("\" y=\"")
                    .append(fmt(label.y()))
                    .append("\">");
            for (int l = 0; l < label.lines().size(); l++)
                svg.append("<tspan x=\"")
                        .append(fmt(label.x()))
                        .append("\" dy=\"")
                        .append(l == 0 ? "0" : Integer.toString(LINE_HEIGHT))
                        .append("\">")
                        .append(escape(label.lines().get(l)))
                        .append("</tspan>");
            svg.append("</text>");
        }
    }

    private static void legend(StringBuilder svg) {
        int y = HEIGHT - 14;
        svg.append("<g font-size=\"11\" fill=\"#1a1a1a\">")
                .append("<line x1=\"20\" y1=\"" + (y - 4) + "\" x2=\"44\" y2=\"" + (y - 4)
                        + "\" stroke=\"#123c69\" stroke-width=\"3\"/><text x=\"50\" y=\"" + y + "\">Territoire</text>")
                .append("<line x1=\"150\" y1=\"" + (y - 4) + "\" x2=\"174\" y2=\"" + (y - 4)
                        + "\" stroke=\"#6b7b8c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"180\" y=\"" + y
                        + "\">Médiane des territoires semblables</text>")
                .append("<rect x=\"430\" y=\"" + (y - 10) + "\" width=\"24\" height=\"10\" fill=\"#9fb8d0\""
                        + " fill-opacity=\"0.45\"/><text x=\"460\" y=\"" + y + "\">1er au 3e quartile</text>")
                .append("</g>");
    }

    /** The point of axis {@code i} of {@code n} at {@code r} (0–1) of the radius; the first axis points up. */
    static double[] point(int i, int n, double r) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double clamped = Math.max(0, Math.min(r, 1.2));
        return new double[] {CX + RADIUS * clamped * Math.cos(angle), CY + RADIUS * clamped * Math.sin(angle)};
    }

    private static String closedPath(List<double[]> points) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.size(); i++)
            d.append(i == 0 ? 'M' : 'L')
                    .append(fmt(points.get(i)[0]))
                    .append(' ')
                    .append(fmt(points.get(i)[1]));
        return d.append('Z').toString();
    }

    private static String points(List<double[]> points) {
        StringBuilder s = new StringBuilder();
        for (double[] p : points)
            s.append(fmt(p[0])).append(',').append(fmt(p[1])).append(' ');
        return s.toString().strip();
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
