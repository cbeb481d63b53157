package fr.resilience360.database;

import fr.resilience360.shared.CommandException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A backup restores only into an application that knows every migration it was written with: the versions applied
 * in the dump's Flyway history ({@code flyway_schema_history}, read from the file before anything is restored) must
 * all be migrations of this application. An older dump is fine: Flyway applies the missing migrations at the next
 * start.
 */
final class DumpMigrations {

    private static final Pattern MIGRATION = Pattern.compile("V([0-9_.]+)__.*\\.sql");

    private DumpMigrations() {}

    /** Refuses a dump holding migrations this application does not have (written by a newer version). */
    static void requireKnown(Set<String> inDump, Set<String> ofApplication) {
        Set<String> unknown = new TreeSet<>(inDump);
        unknown.removeAll(ofApplication);
        if (!unknown.isEmpty()) {
            throw new CommandException("Cette sauvegarde a été écrite par une version plus récente de Résilience 360 : "
                    + "sa base contient les migrations " + String.join(", ", unknown) + ", inconnues de cette version. "
                    + "Restaurez-la avec la version qui l'a écrite, ou une plus récente.");
        }
    }

    /** The versions of the migrations bundled with this application ({@code V0_1__…} is version {@code 0.1}). */
    static Set<String> ofApplication() throws IOException {
        Set<String> versions = new TreeSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql")) {
            Matcher m = MIGRATION.matcher(r.getFilename() == null ? "" : r.getFilename());
            if (m.matches()) versions.add(m.group(1).replace('_', '.'));
        }
        return versions;
    }

    /**
     * The versions applied successfully in a Flyway history as {@code pg_restore --data-only} prints it: a
     * {@code COPY … flyway_schema_history (columns) FROM stdin;} line, tab-separated rows, then {@code \.}.
     */
    static Set<String> inRestoreScript(String script) {
        Set<String> versions = new TreeSet<>();
        List<String> columns = null;
        for (String line : script.split("\n")) {
            if (columns == null) {
                if (line.startsWith("COPY ") && line.contains("flyway_schema_history (")) {
                    columns = columnsOf(line);
                }
            } else if (line.equals("\\.")) {
                break;
            } else {
                String[] row = line.split("\t", -1);
                String version = row[columns.indexOf("version")];
                if (!version.equals("\\N") && row[columns.indexOf("success")].equals("t")) versions.add(version);
            }
        }
        return versions;
    }

    private static List<String> columnsOf(String copyLine) {
        String inside = copyLine.substring(copyLine.indexOf('(') + 1, copyLine.indexOf(')'));
        List<String> columns = new ArrayList<>();
        Arrays.stream(inside.split(",")).map(String::strip).forEach(columns::add);
        return columns;
    }
}
