package fr.resilience360.report.portrait;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The radar drawn on the server: one axis per need, a gap (never a zero) where a value is missing. */
class RadarSvgTest {

    private static List<RadarSvg.Axis> needs(Double missingAt3) {
        List<RadarSvg.Axis> axes = new ArrayList<>();
        for (int i = 0; i < 11; i++)
            axes.add(new RadarSvg.Axis("Besoin " + i, i == 3 ? missingAt3 : Double.valueOf(0.5), 0.25, 0.5, 0.75));
        return axes;
    }

    @Test
    void everyAxisIsLabelledAndEveryKnownValueIsADot() {
        String svg = RadarSvg.render(needs(null), "Radar « essai »");

        for (int i = 0; i < 11; i++) assertThat(svg).contains(">Besoin " + i);
        assertThat(svg).contains("Besoin 3 (sans score)");
        assertThat(count(svg, "<circle")).isEqualTo(10);
        assertThat(svg)
                .contains("aria-label=\"Radar « essai »\"")
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }

    @Test
    void aMissingValueBreaksTheLineInsteadOfFallingToTheCentre() {
        String whole = RadarSvg.render(needs(0.5), "r");
        String broken = RadarSvg.render(needs(null), "r");

        assertThat(segments(whole)).isEqualTo(11);
        assertThat(segments(broken)).isEqualTo(9);
        assertThat(broken).doesNotContain("L360.0 250.0").doesNotContain("M360.0 250.0");
    }

    @Test
    void theQuartileBandIsLeftOpenWhereAQuartileIsUnknown() {
        List<RadarSvg.Axis> axes = new ArrayList<>(needs(0.5));
        String full = RadarSvg.render(axes, "r");
        axes.set(5, new RadarSvg.Axis("Besoin 5", 0.5, null, null, null));
        String open = RadarSvg.render(axes, "r");

        assertThat(count(band(full), "Z")).isEqualTo(11);
        assertThat(count(band(open), "Z")).isEqualTo(9);
    }

    @Test
    void labelsAreEscapedAndWrapped() {
        assertThat(RadarLabels.wrap("Produire et s'approvisionner localement"))
                .containsExactly("Produire et", "s'approvisionner", "localement");
        assertThat(RadarSvg.render(List.of(new RadarSvg.Axis("A & <B>", 0.2, null, null, null)), "r"))
                .contains("A &amp; &lt;B&gt;");
    }

    /** The territory's line: the solid path's segments. */
    private static int segments(String svg) {
        String line = svg.substring(svg.indexOf("stroke=\"#123c69\" stroke-width=\"3\" d=\""));
        line = line.substring(0, line.indexOf("\"/>"));
        return count(line, "M");
    }

    private static String band(String svg) {
        int start = svg.indexOf("fill=\"#9fb8d0\" fill-opacity=\"0.45\" stroke=\"none\" d=\"");
        return svg.substring(start, svg.indexOf("\"/>", start));
    }

    private static int count(String text, String part) {
        return (int)
                Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
