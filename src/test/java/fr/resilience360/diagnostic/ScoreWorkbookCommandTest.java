package fr.resilience360.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.Resilience360Application;
import fr.resilience360.cli.CommandLine;
import fr.resilience360.shared.CommandException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScoreWorkbookCommandTest {

    private final ScoreWorkbookCommand command = new ScoreWorkbookCommand();

    @TempDir
    Path dir;

    private JsonNode run(Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command.run(
                List.of(file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsOneJsonDocumentWithTheNotesInWorkbookOrder() throws Exception {
        JsonNode json = run(DiagnosticFixtures.oracleWorkbookFile(dir, "random1"));
        assertThat(json.propertyNames())
                .containsExactly("referentiel", "avancement", "indicateurs", "besoins", "anomalies");
        assertThat(json.get("referentiel").asString()).isEqualTo("diag360-1.3.5");
        assertThat(json.get("avancement").asDouble()).isEqualTo(108.0 / 124);
        JsonNode first = json.get("indicateurs").get(0);
        assertThat(first.propertyNames()).containsExactly("row", "id", "besoin", "valeur", "note");
        assertThat(first.get("row").asInt()).isEqualTo(3);
        assertThat(first.get("id").asString()).isEqualTo("bv1_i17");
        assertThat(first.get("besoin").asString()).isEqualTo("Avoir accès à l'eau potable");
        assertThat(first.get("valeur").isNull()).isTrue();
        assertThat(first.get("note").isNull()).isTrue();
        JsonNode autonomy = json.get("indicateurs").get(2);
        assertThat(autonomy.get("valeur").asString()).isEqualTo("34.0605");
        assertThat(autonomy.get("note").asDouble()).isCloseTo(0.4191875, within(1e-12));
        assertThat(json.get("indicateurs")).hasSize(124);
    }

    @Test
    void printsNeedScoresAndAnomalies() throws Exception {
        JsonNode json = run(DiagnosticFixtures.oracleWorkbookFile(dir, "random1"));
        JsonNode water = json.get("besoins").get(0);
        assertThat(water.propertyNames()).containsExactly("besoin", "score", "indicateurs_notes");
        assertThat(water.get("indicateurs_notes").asInt()).isEqualTo(14);
        assertThat(json.get("anomalies")).hasSize(3);
        JsonNode anomaly = json.get("anomalies").get(0);
        assertThat(anomaly.propertyNames()).containsExactly("row", "id", "message");
        assertThat(anomaly.get("row").asInt()).isEqualTo(95);
        assertThat(anomaly.get("id").asString()).isEqualTo("bv2_i01");
        assertThat(anomaly.get("message").asString()).contains("Peut-être");
    }

    @Test
    void needsNoStoredData() {
        assertThat(command.needsData()).isFalse();
    }

    /**
     * As {@code java -jar resilience360.jar score-workbook FILE} runs it, with the data directory set to an empty
     * folder: had the database started, it would hold a PostgreSQL cluster.
     */
    @Test
    void runsFromTheCommandLineWithoutStartingTheDatabase() throws Exception {
        Path file = DiagnosticFixtures.oracleWorkbookFile(dir, "random1");
        Path data = dir.resolve("data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setProperty(
                "resilience360.database.data-directory",
                data.resolve("postgres").toString());
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = CommandLine.run(Resilience360Application.class, new String[] {"score-workbook", file.toString()});
        } finally {
            System.setOut(stdout);
            System.clearProperty("resilience360.database.data-directory");
        }

        assertThat(code).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("indicateurs")).hasSize(124);
        assertThat(data).doesNotExist();
    }

    @Test
    void rejectsAMissingFileWithAFrenchMessage() {
        assertThatThrownBy(() -> command.run(List.of("absent.xlsx"), System.out, System.err))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("Fichier introuvable");
        assertThatThrownBy(() -> command.run(List.of(), System.out, System.err))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("Usage");
    }
}
