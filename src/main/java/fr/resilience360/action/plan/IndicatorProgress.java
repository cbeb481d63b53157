package fr.resilience360.action.plan;

import java.util.Comparator;
import java.util.Optional;

/**
 * Progress toward a follow-up indicator's target: (latest résultat − baseline) / (target − baseline), where the
 * baseline is the résultat of the baseline year and the target the objectif of the latest year. Not computed — and
 * said why — when the baseline or a later résultat or an objectif is missing, or when the target equals the
 * baseline. May be negative (moving away) or above 100 % (beyond the target): shown as it is.
 */
public final class IndicatorProgress {

    private IndicatorProgress() {}

    /** The progress, or why there is none. */
    public record Progress(
            Double ratio,
            String missing,
            Integer baselineYear,
            Double baseline,
            Integer resultYear,
            Double result,
            Integer targetYear,
            Double target) {

        /** Rounded percentage, null when not computed. */
        public Long percent() {
            return ratio == null ? null : Math.round(ratio * 100);
        }
    }

    public static Progress of(Details.Indicator indicator) {
        Optional<Details.Point> base = indicator.points().stream()
                .filter(p -> p.kind() == SeriesKind.RESULTAT && p.year() == indicator.baselineYear())
                .findFirst();
        Optional<Details.Point> latest = indicator.points().stream()
                .filter(p -> p.kind() == SeriesKind.RESULTAT && p.year() > indicator.baselineYear())
                .max(Comparator.comparingInt(Details.Point::year));
        Optional<Details.Point> target = indicator.points().stream()
                .filter(p -> p.kind() == SeriesKind.OBJECTIF)
                .max(Comparator.comparingInt(Details.Point::year));
        if (base.isEmpty()) return missing("pas de résultat pour l'année de référence " + indicator.baselineYear());
        if (target.isEmpty()) return missing("pas d'objectif");
        if (latest.isEmpty()) return missing("pas de résultat après l'année de référence");
        double b = base.get().value();
        double t = target.get().value();
        if (t == b) return missing("l'objectif est égal à la valeur de référence");
        double r = latest.get().value();
        return new Progress(
                (r - b) / (t - b),
                null,
                indicator.baselineYear(),
                b,
                latest.get().year(),
                r,
                target.get().year(),
                t);
    }

    private static Progress missing(String why) {
        return new Progress(null, why, null, null, null, null, null, null);
    }
}
