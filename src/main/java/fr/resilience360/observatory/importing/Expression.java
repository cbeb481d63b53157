package fr.resilience360.observatory.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A value read from a file: a column name, or a small formula over columns with {@code + - * /}, parentheses,
 * numbers and the functions {@code max}, {@code min}, {@code sum} (e.g. {@code men_tot_stock_22 * 100 / log_rp_pct_22}).
 * A column whose name has spaces or punctuation, as in official exports, is written between backquotes:
 * {@code `Part des logements sur-occupés 2021`}. A missing cell or a division by zero gives NaN, i.e. no value.
 */
final class Expression {

    private final String text;
    private final Node root;
    private final Set<String> columns = new LinkedHashSet<>();
    private int pos;

    private interface Node {
        double eval(ToDoubleFunction<String> cells);
    }

    private Expression(String text) {
        this.text = text;
        this.root = parseSum();
        skipSpaces();
        if (pos != text.length()) throw error("caractère inattendu « " + text.charAt(pos) + " »");
    }

    static Expression parse(String text) {
        return new Expression(text);
    }

    Set<String> columns() {
        return columns;
    }

    boolean isColumn() {
        if (columns.size() != 1) return false;
        String name = columns.iterator().next();
        return text.trim().equals(name) || text.trim().equals("`" + name + "`");
    }

    /** Evaluates with {@code cells} giving a column's number (NaN when the cell is empty). */
    double eval(ToDoubleFunction<String> cells) {
        double v = root.eval(cells);
        return Double.isInfinite(v) ? Double.NaN : v;
    }

    private Node parseSum() {
        Node left = parseProduct();
        while (true) {
            skipSpaces();
            if (eat('+')) {
                Node l = left, r = parseProduct();
                left = c -> l.eval(c) + r.eval(c);
            } else if (eat('-')) {
                Node l = left, r = parseProduct();
                left = c -> l.eval(c) - r.eval(c);
            } else return left;
        }
    }

    private Node parseProduct() {
        Node left = parseAtom();
        while (true) {
            skipSpaces();
            if (eat('*')) {
                Node l = left, r = parseAtom();
                left = c -> l.eval(c) * r.eval(c);
            } else if (eat('/')) {
                Node l = left, r = parseAtom();
                left = c -> {
                    double d = r.eval(c);
                    return d == 0 ? Double.NaN : l.eval(c) / d;
                };
            } else return left;
        }
    }

    private Node parseAtom() {
        skipSpaces();
        if (eat('(')) {
            Node inner = parseSum();
            skipSpaces();
            if (!eat(')')) throw error("parenthèse fermante attendue");
            return inner;
        }
        if (eat('`')) return quotedColumn();
        int start = pos;
        if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) pos++;
            double n = Double.parseDouble(text.substring(start, pos));
            return c -> n;
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) pos++;
        if (start == pos) throw error("nom de colonne ou nombre attendu");
        String name = text.substring(start, pos);
        skipSpaces();
        if (eat('(')) return function(name);
        columns.add(name);
        return c -> c.applyAsDouble(name);
    }

    private Node quotedColumn() {
        int end = text.indexOf('`', pos);
        if (end < 0) throw error("accent grave fermant attendu après le nom de colonne");
        String name = text.substring(pos, end);
        if (name.isBlank()) throw error("nom de colonne vide entre accents graves");
        pos = end + 1;
        columns.add(name);
        return c -> c.applyAsDouble(name);
    }

    private Node function(String name) {
        List<Node> args = new ArrayList<>();
        do args.add(parseSum());
        while (eat(','));
        if (!eat(')')) throw error("parenthèse fermante attendue après les arguments de " + name);
        return switch (name) {
            case "max" -> c -> args.stream().mapToDouble(a -> a.eval(c)).max().orElse(Double.NaN);
            case "min" -> c -> args.stream().mapToDouble(a -> a.eval(c)).min().orElse(Double.NaN);
            case "sum" -> c -> args.stream().mapToDouble(a -> a.eval(c)).sum();
            default -> throw error("fonction inconnue « " + name + " »");
        };
    }

    private boolean eat(char c) {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') pos++;
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(
                "Expression « " + text + " » : " + problem + " (position " + (pos + 1) + ")");
    }
}
