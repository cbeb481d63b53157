package fr.resilience360.report.portrait;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the radar's axis labels go, in the drawing's units ({@link RadarSvg#WIDTH} × {@link RadarSvg#HEIGHT}): drawn
 * as SVG text on the page ({@link RadarSvg}), set as HTML text around the drawing in the PDF ({@link PrintedRadar}).
 */
final class RadarLabels {

    private static final int LABEL_CHARS = 22;

    private RadarLabels() {}

    /**
     * An axis's label: its lines, the anchor point's {@code x}, the first line's baseline {@code y} and the side the
     * text extends to from the anchor ({@code start}: rightwards, {@code end}: leftwards, {@code middle}: both).
     */
    record Label(List<String> lines, double x, double y, String anchor) {}

    /** One label per axis, in the axes' order; an axis without value says « (sans score) ». */
    static List<Label> of(List<RadarSvg.Axis> axes) {
        int n = axes.size();
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] p = RadarSvg.point(i, n, 1.12);
            String anchor = Math.abs(p[0] - RadarSvg.CX) < 20 ? "middle" : p[0] > RadarSvg.CX ? "start" : "end";
            List<String> lines = wrap(axes.get(i).label() + (axes.get(i).value() == null ? " (sans score)" : ""));
            double below = p[1] > RadarSvg.CY + 20 ? 8 : p[1] < RadarSvg.CY - 20 ? -2 : 4;
            out.add(new Label(lines, p[0], p[1] - (lines.size() - 1) * 6.5 + below, anchor));
        }
        return out;
    }

    /** Cuts a label into lines of about {@value #LABEL_CHARS} characters, at spaces. */
    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : label.split(" ")) {
            if (!current.isEmpty() && current.length() + 1 + word.length() > LABEL_CHARS) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) current.append(' ');
            current.append(word);
        }
        if (!current.isEmpty()) lines.add(current.toString());
        return lines;
    }
}
