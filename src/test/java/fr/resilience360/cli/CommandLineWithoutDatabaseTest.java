package fr.resilience360.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.Resilience360Application;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line, as {@code java -jar} runs it: {@code help} and an unknown command find every module's
 * commands without starting the application. The data directory is set to an empty folder: had the database started,
 * it would hold a PostgreSQL cluster.
 */
class CommandLineWithoutDatabaseTest {

    static final String DATA_DIRECTORY = "resilience360.database.data-directory";

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stdout;
    private PrintStream stderr;

    @BeforeEach
    void captureOutputOnAnEmptyDataDirectory() {
        System.setProperty(DATA_DIRECTORY, data.resolve("postgres").toString());
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
        System.clearProperty(DATA_DIRECTORY);
    }

    @Test
    void helpListsEveryModuleCommandWithoutStartingTheDatabase() throws Exception {
        int code = CommandLine.run(Resilience360Application.class, new String[] {"help"});

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "score-workbook FILE.xlsx",
                        "import-territories",
                        "import JEU FICHIER",
                        "recompute",
                        "prefill TERRITOIRE",
                        "export-workbook TERRITOIRE FICHIER.xlsx",
                        "create-admin EMAIL",
                        "create-user EMAIL [--role ROLE --territoire CODE]",
                        "disable-user EMAIL")
                .containsSubsequence("sans base de données", "score-workbook", "sur les données", "export-workbook");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Chargement des données");
        assertThat(filesIn(data)).isZero();
    }

    @Test
    void anUnknownCommandExitsWithUsageErrorAndTheFrenchListWithoutStartingTheDatabase() throws Exception {
        int code = CommandLine.run(Resilience360Application.class, new String[] {"inconnue"});

        assertThat(code).isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Commande inconnue : « inconnue ». Commandes disponibles :", "score-workbook", "prefill");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(filesIn(data)).isZero();
    }

    static long filesIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(p -> !p.equals(directory)).count();
        }
    }
}
