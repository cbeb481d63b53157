package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The export table's columns depend on the questionnaire only, and its CSV quotes what a French Excel needs. */
class SurveyExportFilesTest {

    private static final Questionnaire HABITANTS = SurveyFixtures.template("habitants");
    private static final List<String> COLUMNS =
            ExportTable.of(HABITANTS, List.of()).columns();

    @Property
    void theColumnsAreTheSameWhateverWasAnswered(@ForAll("answerSets") List<Map<String, Object>> answers) {
        List<StoredAnswer> stored = answers.stream()
                .map(a -> new StoredAnswer(1, Instant.EPOCH, "web", null, null, a))
                .toList();

        ExportTable table = ExportTable.of(HABITANTS, stored);

        assertThat(table.columns()).isEqualTo(COLUMNS);
        assertThat(table.rows()).allSatisfy(row -> assertThat(row).hasSameSizeAs(COLUMNS));
    }

    @ParameterizedTest(name = "« {0} » s''écrit {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Un jardin                | Un jardin",
                "Un jardin; un verger     | \"Un jardin; un verger\"",
                "Un \"jardin\"            | \"Un \"\"jardin\"\"\"",
                "Un jardin, un verger     | Un jardin, un verger",
                "`Deux\nlignes`           | `\"Deux\nlignes\"`"
            })
    void quotesSemicolonsQuotesAndLineBreaksOnly(String text, String written) throws IOException {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("idee_projet", text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportFiles.csv(
                ExportTable.of(HABITANTS, List.of(new StoredAnswer(1, Instant.EPOCH, "web", null, null, answers))),
                out);

        String line = out.toString(StandardCharsets.UTF_8).split("\r\n")[1];
        assertThat(line).contains(";" + written + ";");
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> answerSets() {
        Arbitrary<Map<String, Object>> answer = Arbitraries.subsetOf(
                        HABITANTS.questions().keySet())
                .map(codes -> {
                    Map<String, Object> a = new LinkedHashMap<>();
                    codes.forEach(code -> a.put(code, "x"));
                    return a;
                });
        return answer.list().ofMaxSize(5);
    }
}
