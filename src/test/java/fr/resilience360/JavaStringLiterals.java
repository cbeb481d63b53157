package fr.resilience360;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source, text blocks included, with comments and character literals skipped; escapes
 * are kept as written. Enough to find the SQL a class sends to the database.
 */
final class JavaStringLiterals {

    private JavaStringLiterals() {}

    static List<String> of(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) i = skipTo(source, i, "\n");
            else if (source.startsWith("/*", i)) i = skipTo(source, i + 2, "*/");
            else if (source.startsWith("\"\"\"", i)) {
                int start = source.indexOf('\n', i) + 1;
                int end = source.indexOf("\"\"\"", start);
                literals.add(source.substring(start - 1, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = closing(source, i + 1, c);
                if (c == '"') literals.add(source.substring(i + 1, end));
                i = end + 1;
            } else i++;
        }
        return literals;
    }

    private static int skipTo(String source, int from, String end) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }

    private static int closing(String source, int from, char quote) {
        int i = from;
        while (i < source.length() && source.charAt(i) != quote) i += source.charAt(i) == '\\' ? 2 : 1;
        return i;
    }
}
