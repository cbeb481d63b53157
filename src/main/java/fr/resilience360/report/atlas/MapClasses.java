package fr.resilience360.report.atlas;

import fr.resilience360.opendata.Distribution;
import fr.resilience360.report.atlas.ChoroplethMap.MapClass;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The classes of a map's legend: quintiles for numbers (type 7 quantiles, as the observatory's distributions), the
 * four exposure levels (by quarters of the 0–1 scale, as {@code vulnerability.Exposure.level()}), or categories.
 *
 * @param breaks for numbers, the upper bound of each class but the last (a value equal to a bound is in the lower
 *     class); empty for categories
 */
record MapClasses(List<MapClass> classes, double[] breaks) {

    static final List<String> GREENS = List.of("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c");
    static final List<String> REDS = List.of("#fee5d9", "#fcae91", "#fb6a4a", "#cb181d");
    static final List<String> CATEGORIES = List.of("#1b9e77", "#d95f02", "#7570b3", "#e7298a");

    /** Five classes between the quintiles of the values. */
    static MapClasses quintiles(double[] values, int decimals) {
        Distribution distribution = Distribution.of(values);
        if (distribution.isEmpty()) return new MapClasses(List.of(), new double[0]);
        double[] edges = new double[6];
        for (int i = 0; i <= 5; i++) edges[i] = distribution.quantile(i / 5.0);
        List<MapClass> classes = new ArrayList<>();
        for (int i = 0; i < 5; i++)
            classes.add(
                    new MapClass(format(edges[i], decimals) + " – " + format(edges[i + 1], decimals), GREENS.get(i)));
        return new MapClasses(classes, Arrays.copyOfRange(edges, 1, 5));
    }

    /** The four exposure levels: faible, modérée, forte, très forte. */
    static MapClasses exposureLevels() {
        return new MapClasses(
                List.of(
                        new MapClass("faible (moins de 0,25)", REDS.get(0)),
                        new MapClass("modérée (0,25 à 0,5)", REDS.get(1)),
                        new MapClass("forte (0,5 à 0,75)", REDS.get(2)),
                        new MapClass("très forte (0,75 et plus)", REDS.get(3))),
                new double[] {0.25, 0.5, 0.75});
    }

    /** A type and the others: a strong blue and a pale one, both unlike the grey of missing values. */
    static final List<String> YES_NO = List.of("#2171b5", "#c6dbef");

    static MapClasses categories(List<String> labels) {
        List<String> colors = labels.size() == 2 ? YES_NO : CATEGORIES;
        List<MapClass> classes = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) classes.add(new MapClass(labels.get(i), colors.get(i)));
        return new MapClasses(classes, new double[0]);
    }

    /** The class of a number: how many bounds are below it (exposure bounds are lower bounds of their class). */
    int classOf(double value, boolean lowerBounds) {
        int i = 0;
        while (i < breaks.length && (lowerBounds ? value >= breaks[i] : value > breaks[i])) i++;
        return i;
    }

    static String format(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
