package fr.resilience360.report.portrait;

import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.IndicatorNote;
import fr.resilience360.diagnostic.NeedScore;
import fr.resilience360.online.PortraitPerceptions;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Scale;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The needs of a report: each with its score, its similar territories' quartiles, its perception and its rows. */
final class ReportNeeds {

    /** How many needs the strengths and the weaknesses list, at most. */
    static final int LISTED = 3;

    private static final ThreadLocal<NumberFormat> FRENCH = ThreadLocal.withInitial(() -> {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMaximumFractionDigits(2);
        return f;
    });

    private ReportNeeds() {}

    /**
     * @param similar the similar territories' distribution, null before the reference scores are computed
     * @param perceptions the inhabitants' perceptions, null without survey
     */
    static List<PortraitReport.NeedLine> of(
            List<Need> needs,
            ReportScores.Scored scored,
            ReferenceScores.SimilarDistribution similar,
            PortraitPerceptions.Perceptions perceptions) {
        List<PortraitReport.NeedLine> lines = new ArrayList<>();
        for (Need need : needs) {
            ReferenceScores.NeedDistribution d = similar == null
                    ? null
                    : similar.needs().stream()
                            .filter(x -> x.need().id().equals(need.id()))
                            .findFirst()
                            .orElse(null);
            PortraitPerceptions.Perception p = perceptions == null ? null : perceptions.need(need.id());
            NeedScore score = scored.diagnostic().needs().stream()
                    .filter(s -> s.need().id().equals(need.id()))
                    .findFirst()
                    .orElse(null);
            lines.add(new PortraitReport.NeedLine(
                    need.id(),
                    need.name(),
                    need.category().workbookLabel(),
                    scored.byNeed().get(need.id()),
                    score == null ? 0 : score.notesCount(),
                    score == null ? 0 : score.rowsCount(),
                    d == null ? 0 : d.n(),
                    d == null ? null : d.q1(),
                    d == null ? null : d.median(),
                    d == null ? null : d.q3(),
                    p == null || !p.shown() ? null : p.index(),
                    p == null ? null : p.answers(),
                    rows(scored, need.id())));
        }
        return List.copyOf(lines);
    }

    private static List<PortraitReport.RowLine> rows(ReportScores.Scored scored, String needId) {
        return ReportScores.noted(scored.diagnostic(), needId).stream()
                .map(n -> new PortraitReport.RowLine(
                        n.row().id(),
                        n.row().designation(),
                        value(n),
                        n.note(),
                        scored.rowSources().getOrDefault(n.row().id(), "source non précisée")))
                .toList();
    }

    /** The value as a reader expects it: a share kept as a fraction (0,13) with « % » is shown as 13 %. */
    private static String value(IndicatorNote n) {
        String unit = n.row().unit();
        String shown = switch (n.value().kind()) {
            case NUMBER ->
                FRENCH.get()
                        .format(Scale.PERCENT.convert(
                                n.value().number(), n.row().scale()));
            case BOOLEAN -> n.value().number() == 1 ? "oui" : "non";
            default -> n.value().display();
        };
        return shown + (unit == null || unit.isBlank() || n.value().kind() != CellValue.Kind.NUMBER ? "" : " " + unit);
    }

    /** The needs with a score, strongest first, at most {@link #LISTED} and never more than half of them. */
    static List<PortraitReport.NeedLine> strongest(List<PortraitReport.NeedLine> needs) {
        return scored(needs, Comparator.comparingDouble((PortraitReport.NeedLine n) -> -n.score()));
    }

    /** The needs with a score, weakest first, at most {@link #LISTED} and never more than half of them. */
    static List<PortraitReport.NeedLine> weakest(List<PortraitReport.NeedLine> needs) {
        return scored(needs, Comparator.comparingDouble(PortraitReport.NeedLine::score));
    }

    private static List<PortraitReport.NeedLine> scored(
            List<PortraitReport.NeedLine> needs, Comparator<PortraitReport.NeedLine> order) {
        List<PortraitReport.NeedLine> withScore =
                needs.stream().filter(n -> n.score() != null).toList();
        int shown = Math.min(LISTED, withScore.size() / 2);
        return withScore.stream()
                .sorted(order.thenComparing(PortraitReport.NeedLine::id))
                .limit(shown)
                .toList();
    }

    /** The radar's axes, in the referential's order. */
    static List<RadarSvg.Axis> axes(List<PortraitReport.NeedLine> needs) {
        return needs.stream()
                .map(n -> new RadarSvg.Axis(n.name(), n.score(), n.q1(), n.median(), n.q3()))
                .toList();
    }
}
