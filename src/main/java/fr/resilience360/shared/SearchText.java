package fr.resilience360.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names are compared when searching: lower case, without accents, ligatures expanded,
 * and hyphens, apostrophes and other punctuation turned into single spaces ("Saint-Étienne" → "saint etienne",
 * "L'Haÿ-les-Roses" → "l hay les roses", "Œuilly" → "oeuilly").
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private SearchText() {}

    public static String normalize(String text) {
        if (text == null) return "";
        String s = text.toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NON_ALNUM.matcher(s).replaceAll(" ").trim();
    }

    /** The words of a query, normalised; empty when the query has none. */
    public static List<String> words(String query) {
        String normalized = normalize(query);
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }
}
