package fr.resilience360.diagnostic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The reference cases computed with the workbook's own formulas, copied into {@code src/test/resources}. */
final class OracleCases {

    static final List<String> CASES = List.of("random1", "random2", "random3");

    private OracleCases() {}

    static InputStream input(String name) {
        return resource(name + "-input.xlsx");
    }

    static List<List<String>> expectedRows(String name) {
        return csv(name + "-expected.csv");
    }

    static List<List<String>> expectedNeeds(String name) {
        return csv(name + "-expected-besoins.csv");
    }

    private static InputStream resource(String file) {
        InputStream in = OracleCases.class.getClassLoader().getResourceAsStream("diag360/oracle/" + file);
        if (in == null) {
            throw new IllegalStateException("Cas de référence absent : " + file);
        }
        return in;
    }

    /** Rows without the header; fields may be double-quoted. */
    private static List<List<String>> csv(String file) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(resource(file), StandardCharsets.UTF_8))) {
            List<List<String>> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    rows.add(fields(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
