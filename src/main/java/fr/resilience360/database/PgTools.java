package fr.resilience360.database;

import fr.resilience360.shared.CommandException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own {@code pg_dump} and {@code pg_restore}, found in {@code resilience360.backup.pg-bin} when it is
 * set (and only there), else in the directory where {@code deploy/pg-client/install.sh} puts them, else on the
 * {@code PATH}. They must be at least as recent as the server: pg_dump refuses a newer server.
 */
final class PgTools {

    static final Path INSTALLED =
            Path.of(System.getProperty("user.home"), ".cache", "resilience360", "pg-client", "bin");
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    private static final String HOW_TO_INSTALL =
            "Installez-les avec deploy/pg-client/install.sh (PostgreSQL 18, compilé "
                    + "en une minute dans " + INSTALLED + "), ou indiquez leur répertoire avec "
                    + "resilience360.backup.pg-bin (par exemple /usr/lib/postgresql/17/bin).";

    private final Path pgDump;
    private final Path pgRestore;
    private final int major;

    private PgTools(Path pgDump, Path pgRestore, int major) {
        this.pgDump = pgDump;
        this.pgRestore = pgRestore;
        this.major = major;
    }

    /** The tools of {@code pgBin} when given, else of the install script's directory, else of the {@code PATH}. */
    static PgTools find(Optional<Path> pgBin) {
        List<Path> directories = pgBin.map(List::of).orElseGet(PgTools::defaultDirectories);
        Path dump = executable(directories, "pg_dump");
        Path restore = executable(directories, "pg_restore");
        if (dump == null || restore == null) {
            throw new CommandException("pg_dump et pg_restore introuvables "
                    + pgBin.map(d -> "dans " + d + " (resilience360.backup.pg-bin)")
                            .orElse("(ni dans " + INSTALLED + ", ni dans le PATH)")
                    + ". " + HOW_TO_INSTALL);
        }
        return new PgTools(dump, restore, major(dump));
    }

    /** Refuses tools older than the server they must dump or restore. */
    PgTools requireAtLeast(int serverMajor) {
        if (major < serverMajor) {
            throw new CommandException(pgDump + " est la version " + major + " de PostgreSQL, trop ancienne pour le "
                    + "serveur (version " + serverMajor + ") : pg_dump refuse un serveur plus récent que lui. "
                    + HOW_TO_INSTALL);
        }
        return this;
    }

    Path pgDump() {
        return pgDump;
    }

    Path pgRestore() {
        return pgRestore;
    }

    int major() {
        return major;
    }

    private static List<Path> defaultDirectories() {
        List<Path> directories = new ArrayList<>(List.of(INSTALLED));
        String path = System.getenv().getOrDefault("PATH", "");
        Stream.of(path.split(":")).filter(p -> !p.isBlank()).map(Path::of).forEach(directories::add);
        return directories;
    }

    private static Path executable(List<Path> directories, String name) {
        return directories.stream()
                .map(d -> d.resolve(name))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
    }

    private static int major(Path pgDump) {
        String printed;
        try {
            Process process = new ProcessBuilder(pgDump.toString(), "--version")
                    .redirectErrorStream(true)
                    .start();
            printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor();
        } catch (IOException e) {
            throw new CommandException(pgDump + " ne s'exécute pas (" + e.getMessage() + "). " + HOW_TO_INSTALL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Matcher m = VERSION.matcher(printed);
        if (!m.find()) {
            throw new CommandException(pgDump + " --version ne donne pas de version de PostgreSQL (« " + printed
                    + " »). " + HOW_TO_INSTALL);
        }
        return Integer.parseInt(m.group(1));
    }
}
