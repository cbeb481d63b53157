package fr.resilience360.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** CSV as every export of the site writes it: RFC 4180, comma-separated, lines ended by CRLF. */
public final class Csv {

    private Csv() {}

    /** One line: fields with a comma, quote or line break are quoted, quotes doubled. */
    public static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) w.write(',');
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)
                w.write('"' + f.replace("\"", "\"\"") + '"');
            else w.write(f);
        }
        w.write("\r\n");
    }
}
