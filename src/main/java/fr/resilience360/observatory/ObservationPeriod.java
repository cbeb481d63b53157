package fr.resilience360.observatory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a value describes: a year ({@code 2022}), a month ({@code 2022-03}) or a decade ({@code 2050s}).
 * Its text form is the canonical key stored with every value.
 */
public record ObservationPeriod(Kind kind, int year, int month) implements Comparable<ObservationPeriod> {

    public enum Kind {
        ANNEE("annee"),
        MOIS("mois"),
        DECENNIE("decennie");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3}0)s");

    public ObservationPeriod {
        if (year < 1800 || year > 2200) throw new IllegalArgumentException("Année hors limites : " + year);
        if (kind == Kind.MOIS && (month < 1 || month > 12))
            throw new IllegalArgumentException("Mois invalide : " + month);
        if (kind != Kind.MOIS && month != 0) throw new IllegalArgumentException("Mois inattendu pour " + kind);
        if (kind == Kind.DECENNIE && year % 10 != 0) throw new IllegalArgumentException("Décennie invalide : " + year);
    }

    public static ObservationPeriod ofYear(int year) {
        return new ObservationPeriod(Kind.ANNEE, year, 0);
    }

    /** Parses {@code 2022}, {@code 2022-03} or {@code 2050s}. */
    public static ObservationPeriod parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) return ofYear(Integer.parseInt(m.group(1)));
        if ((m = MONTH.matcher(t)).matches())
            return new ObservationPeriod(Kind.MOIS, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        if ((m = DECADE.matcher(t)).matches())
            return new ObservationPeriod(Kind.DECENNIE, Integer.parseInt(m.group(1)), 0);
        throw new IllegalArgumentException("Période invalide : « " + text + " » (attendu 2022, 2022-03 ou 2050s)");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ANNEE -> Integer.toString(year);
            case MOIS -> String.format("%04d-%02d", year, month);
            case DECENNIE -> year + "s";
        };
    }

    @Override
    public int compareTo(ObservationPeriod o) {
        int c = Integer.compare(year, o.year);
        return c != 0 ? c : Integer.compare(month, o.month);
    }
}
