package fr.resilience360.observatory.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a delimited text file line by line (RFC 4180 quoting, no line breaks inside fields), keeping the line number
 * for error messages.
 */
final class CsvRecords implements AutoCloseable {

    private final BufferedReader reader;
    private final char separator;
    private final String file;
    private int lineNumber;

    CsvRecords(BufferedReader reader, char separator, String file) {
        this.reader = reader;
        this.separator = separator;
        this.file = file;
    }

    int lineNumber() {
        return lineNumber;
    }

    /** Skips the lines before {@code line} (title lines above the header of some official exports). */
    void skipTo(int line) throws IOException {
        while (lineNumber < line - 1 && reader.readLine() != null) lineNumber++;
    }

    /** The next record, or null at the end of the file; blank lines are skipped. */
    List<String> next() throws IOException {
        String line;
        do {
            line = reader.readLine();
            if (line == null) return null;
            lineNumber++;
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
        } while (line.isBlank());
        return split(line);
    }

    List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else quoted = false;
                } else field.append(c);
            } else if (c == '"' && field.isEmpty()) quoted = true;
            else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else field.append(c);
        }
        if (quoted)
            throw new ImportException(
                    file, lineNumber, fields.size() + 1, null, "guillemet ouvrant sans guillemet fermant");
        fields.add(field.toString());
        return fields;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
