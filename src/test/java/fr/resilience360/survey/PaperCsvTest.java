package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.shared.UserInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 11, paper answers: reading the CSV file of an import, as spreadsheets write it. */
class PaperCsvTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "points-virgules              | feuille;effectif\\n1-0001-E;3\\n",
                "virgules                     | feuille,effectif\\n1-0001-E,3\\n",
                "BOM et fins de ligne Windows | \uFEFFfeuille;effectif\\r\\n1-0001-E;3\\r\\n",
                "sans fin de ligne finale     | feuille;effectif\\n1-0001-E;3",
                "lignes vides ignorées        | feuille;effectif\\n\\n1-0001-E;3\\n\\n",
            })
    void readsTheHeaderAndRowsWhateverTheSeparatorBomAndLineEnds(String what, String text) {
        PaperCsv.Table table = PaperCsv.read(bytes(text));

        assertThat(table.header()).containsExactly("feuille", "effectif");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).cells()).containsExactly("1-0001-E", "3");
    }

    @Test
    void keepsQuotedSeparatorsQuotesAndLineBreaksAndNumbersEachRowByTheLineItStartsOn() {
        PaperCsv.Table table = PaperCsv.read(bytes(
                "feuille,attentes,effectif\\n1-0001-E,\"Des aides, vite\",3\\n1-0002-L,\"Sur deux\\nlignes, \"\"oui\"\"\",4\\n"
                        + "1-0003-S,,5\\n"));

        assertThat(table.rows()).extracting(PaperCsv.Row::line).containsExactly(2, 3, 5);
        assertThat(table.rows().get(0).cells()).containsExactly("1-0001-E", "Des aides, vite", "3");
        assertThat(table.rows().get(1).cells()).containsExactly("1-0002-L", "Sur deux\nlignes, \"oui\"", "4");
        assertThat(table.rows().get(2).cells()).containsExactly("1-0003-S", "", "5");
    }

    @Test
    void takesTheSemicolonWhenTheHeaderHasOnlyOneColumn() {
        assertThat(PaperCsv.separator("feuille\n1-0001-E,x")).isEqualTo(';');
    }

    @Test
    void refusesAFileThatIsNotUtf8WithAFrenchMessage() {
        byte[] latin1 = "feuille;secteur\n1-0001-E;électricité\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> PaperCsv.read(latin1))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("n'est pas encodé en UTF-8")
                .hasMessageContaining("CSV UTF-8");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> PaperCsv.read(new byte[0])).hasMessageStartingWith("Le fichier est vide");
        assertThatThrownBy(() -> PaperCsv.read(bytes("\\n\\n"))).hasMessageStartingWith("Le fichier est vide");
    }

    @Test
    void refusesMoreThan5MegabytesOr10000Rows() {
        byte[] big = new byte[PaperCsv.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> PaperCsv.read(big))
                .hasMessage("Le fichier dépasse 5 Mo : découpez-le en plusieurs fichiers.");

        String rows = "feuille\n" + String.join("\n", java.util.Collections.nCopies(PaperCsv.MAX_ROWS + 1, "x"));
        assertThatThrownBy(() -> PaperCsv.read(rows.getBytes(StandardCharsets.UTF_8)))
                .hasMessage(
                        "Le fichier compte 10001 lignes de réponses, 10 000 au plus : découpez-le en plusieurs fichiers.");
        String limit = "feuille\n" + String.join("\n", java.util.Collections.nCopies(PaperCsv.MAX_ROWS, "x"));
        assertThat(PaperCsv.read(limit.getBytes(StandardCharsets.UTF_8)).rows()).hasSize(PaperCsv.MAX_ROWS);
    }

    /** The text with {@code \n} and {@code \r} written as escapes, in UTF-8. */
    private static byte[] bytes(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r").getBytes(StandardCharsets.UTF_8);
    }
}
