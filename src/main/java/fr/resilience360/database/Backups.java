package fr.resilience360.database;

import fr.resilience360.shared.CommandException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Backups with PostgreSQL's own tools: {@code pg_dump} in custom format (compressed, one consistent snapshot taken
 * while the site keeps serving), written to a temporary file renamed once complete; {@code pg_restore} into an empty
 * database, or one emptied first when forced, in one transaction (all or nothing), after checking the dump's
 * migrations are known to this application.
 */
final class Backups {

    /** A file written, its size and how long it took. */
    record Done(Path file, long bytes, Duration took) {
        String summary() {
            return String.format(Locale.FRANCE, "%s (%.1f Mo en %.1f s)", file, bytes / 1e6, took.toMillis() / 1000.0);
        }
    }

    private final PgTools tools;
    private final Consumer<String> progress;

    /** @param progress told every ten seconds how far a dump or a restore is */
    Backups(PgTools tools, Consumer<String> progress) {
        this.tools = tools;
        this.progress = progress;
    }

    Done dump(DatabaseAddress database, Path file) throws IOException, InterruptedException, SQLException {
        long start = System.nanoTime();
        List<String> options = new ArrayList<>(List.of("--format=custom", "--no-password"));
        // pg_dump 18 can also write planner statistics, which a 17 server could not load back
        if (tools.requireAtLeast(DatabaseContents.serverMajor(database)).major() >= 18) {
            options.add("--no-statistics");
        }
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".partiel");
        try {
            options.add("--file=" + partial);
            ToolRun.run(tools.pgDump(), database, options, () -> progress.accept(megabytes(partial) + " écrits…"));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new Done(target, Files.size(target), Duration.ofNanos(System.nanoTime() - start));
    }

    Done restore(DatabaseAddress database, Path file, boolean force)
            throws IOException, InterruptedException, SQLException {
        long start = System.nanoTime();
        if (!Files.isReadable(file)) throw new CommandException("Fichier de sauvegarde illisible : " + file);
        tools.requireAtLeast(DatabaseContents.serverMajor(database));
        String history = ToolRun.offline(
                tools.pgRestore(),
                List.of("--data-only", "--table=flyway_schema_history", "--file=-", file.toString()));
        DumpMigrations.requireKnown(DumpMigrations.inRestoreScript(history), DumpMigrations.ofApplication());
        List<String> tables = DatabaseContents.userTables(database);
        if (!tables.isEmpty()) {
            if (!force) throw notEmpty(database, tables);
            DatabaseContents.dropEverything(database);
        }
        ToolRun.run(
                tools.pgRestore(),
                database,
                List.of("--exit-on-error", "--single-transaction", "--no-owner", "--no-password", file.toString()),
                () -> progress.accept("restauration en cours (" + megabytes(file) + " à relire)…"));
        return new Done(file, Files.size(file), Duration.ofNanos(System.nanoTime() - start));
    }

    private static String megabytes(Path file) {
        try {
            return String.format(Locale.FRANCE, "%.1f Mo", Files.size(file) / 1e6);
        } catch (IOException e) {
            return "? Mo";
        }
    }

    private static CommandException notEmpty(DatabaseAddress database, List<String> tables) {
        String schemas = tables.stream()
                .map(t -> t.substring(0, t.indexOf('.')))
                .distinct()
                .collect(Collectors.joining(", "));
        return new CommandException("La base " + database + " n'est pas vide : ses " + tables.size()
                + " tables (schémas " + schemas + ") seraient écrasées. Restaurez dans une base vide, ou ajoutez "
                + "--force pour tout effacer puis restaurer.");
    }
}
