package fr.resilience360.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as every export of the site writes it: RFC 4180, comma-separated (or another separator, e.g. {@code ;} for the
 * exports meant for a French Excel), lines ended by CRLF.
 */
public final class Csv {

    private Csv() {}

    /** One line: fields with a comma, quote or line break are quoted, quotes doubled. */
    public static void line(Writer w, List<String> fields) throws IOException {
        line(w, fields, ',');
    }

    /** One line with this separator: fields with the separator, a quote or a line break are quoted, quotes doubled. */
    public static void line(Writer w, List<String> fields, char separator) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) w.write(separator);
            String f = fields.get(i);
            if (f.indexOf(separator) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)
                w.write('"' + f.replace("\"", "\"\"") + '"');
            else w.write(f);
        }
        w.write("\r\n");
    }
}
