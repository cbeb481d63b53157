package fr.resilience360.online;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.diagnostic.DiagnosticFixtures;
import fr.resilience360.diagnostic.DiagnosticScoring;
import fr.resilience360.diagnostic.IndicatorNote;
import fr.resilience360.diagnostic.workbook.Diag360Workbook;
import fr.resilience360.diagnostic.workbook.WorkbookAnswers;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.UserInputException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code import-workbook}: a filled workbook becomes a diagnostic whose answers, comments and notes are the workbook's. */
@IntegrationTest
class ImportWorkbookCommandTest {

    @Autowired
    ImportWorkbookCommand command;

    @Autowired
    OnlineDiagnostics diagnostics;

    @Autowired
    DiagnosticScores scores;

    @Autowired
    Referentials referentials;

    @TempDir
    Path dir;

    @Test
    void everyAnswerCommentAndNoteIsTheWorkbooks() throws Exception {
        Path file = DiagnosticFixtures.oracleWorkbookFile(dir, DiagnosticFixtures.anyOracleCase());
        String out = run(LORIENT_AGGLO, file.toString(), "--publish");
        assertThat(out).matches("\\{\"id\": \\d+\\}\\s*");
        long id = Long.parseLong(out.replaceAll("\\D+", ""));
        OnlineDiagnostic published = diagnostics.require(id);
        assertThat(published.isPublished()).isTrue();
        assertThat(published.version()).isEqualTo(1);

        Referential referential = referentials.byId(Referentials.DIAG360);
        WorkbookAnswers answers;
        try (InputStream in = Files.newInputStream(file)) {
            answers = Diag360Workbook.read(in, referential);
        }
        List<RowEntry> rows = diagnostics.rows(id);
        assertThat(rows).extracting(RowEntry::value).containsExactlyElementsOf(answers.values());
        assertThat(rows).extracting(RowEntry::comment).containsExactlyElementsOf(answers.comments());
        List<IndicatorNote> expected =
                new DiagnosticScoring(referential).score(answers.valuesArray()).indicators();
        assertThat(scores.score(published).scores().indicators())
                .extracting(IndicatorNote::note)
                .containsExactlyElementsOf(
                        expected.stream().map(IndicatorNote::note).toList());
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithItsName() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.xlsx"), "pas un classeur");
        assertThatThrownBy(() -> run(LORIENT_AGGLO, file.toString()))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("notes.xlsx");
    }

    private String run(String... args) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
                var e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            command.run(List.of(args), o, e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
