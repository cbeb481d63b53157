package fr.resilience360.survey;

import fr.resilience360.shared.UserInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file of paper answers as a table: UTF-8 with or without BOM (anything else refused with a French message),
 * separator {@code ;} or {@code ,} (the one of the header line, {@code ;} when it has neither), fields quoted with
 * {@code "} as RFC 4180 says (a quoted field may hold a separator, a doubled quote or a line break). Each row keeps the
 * number of the line it starts on (the header being line 1), so that errors name it; blank lines are skipped. At most
 * {@value #MAX_BYTES} bytes and {@value #MAX_ROWS} rows. Plain Java.
 */
final class PaperCsv {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 10_000;

    private PaperCsv() {}

    /** A row of the file: the line it starts on, and its cells. */
    record Row(int line, List<String> cells) {}

    /** The header's cells, then the rows. */
    record Table(List<String> header, List<Row> rows) {}

    static Table read(byte[] bytes) {
        if (bytes == null || bytes.length == 0)
            throw new UserInputException("Le fichier est vide : téléchargez le modèle et remplissez-le.");
        if (bytes.length > MAX_BYTES)
            throw new UserInputException("Le fichier dépasse 5 Mo : découpez-le en plusieurs fichiers.");
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<Row> rows = rows(text, separator(text));
        if (rows.isEmpty())
            throw new UserInputException("Le fichier est vide : téléchargez le modèle et remplissez-le.");
        if (rows.size() - 1 > MAX_ROWS)
            throw new UserInputException("Le fichier compte " + (rows.size() - 1) + " lignes de réponses, 10 000 au"
                    + " plus : découpez-le en plusieurs fichiers.");
        return new Table(rows.get(0).cells(), rows.subList(1, rows.size()));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UserInputException("Le fichier n'est pas encodé en UTF-8 : dans le tableur, enregistrez-le au"
                    + " format « CSV UTF-8 » (séparateur point-virgule ou virgule).");
        }
    }

    /** The separator of the header line: the more frequent of {@code ;} and {@code ,} outside quotes. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == ',') commas++;
        }
        return commas > semicolons ? ',' : ';';
    }

    private static List<Row> rows(String text, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') quoted = false;
                else {
                    if (c == '\n') line++;
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) quoted = true;
            else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                end(rows, cells, cell, start);
                line++;
                start = line;
                cells = new ArrayList<>();
            } else cell.append(c);
        }
        end(rows, cells, cell, start);
        return rows;
    }

    private static void end(List<Row> rows, List<String> cells, StringBuilder cell, int line) {
        cells.add(cell.toString());
        cell.setLength(0);
        if (!(cells.size() == 1 && cells.get(0).isBlank())) rows.add(new Row(line, List.copyOf(cells)));
    }
}
