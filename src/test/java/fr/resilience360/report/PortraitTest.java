package fr.resilience360.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.prefill.Diag360Prefill;
import fr.resilience360.diagnostic.workbook.Diag360Workbook;
import fr.resilience360.diagnostic.workbook.WorkbookAnswers;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.UserInputException;
import fr.resilience360.territory.Territories;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.StringUtils;
import org.springframework.web.util.HtmlUtils;

@IntegrationTest
class PortraitTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TerritoryPortraits portraits;

    @Autowired
    Territories territories;

    @Autowired
    Diag360Prefill prefill;

    @Autowired
    Referentials referentials;

    @Autowired
    ExportWorkbookCommand exportCommand;

    @Test
    void portraitHoldsEveryRowPrefilledOnlyWhereOpenDataHasAValue() {
        Portrait portrait = portraits.portrait(territories.find("200042174").orElseThrow());
        int prefilled = prefill.prefill(territories.find("200042174").orElseThrow())
                .indicateurs()
                .size();

        assertThat(portrait.rowCount()).isEqualTo(124);
        assertThat(portrait.needs()).hasSize(11);
        assertThat(portrait.prefilledCount()).isEqualTo(prefilled).isGreaterThanOrEqualTo(16);
        assertThat(portrait.diagnostic().completion()).isEqualTo(prefilled / 124.0);
        // a need with no pre-filled row has no score: missing, never zero
        assertThat(portrait.needs())
                .filteredOn(n -> n.prefilledCount() == 0)
                .allMatch(n -> n.score().score() == null);
    }

    @Test
    void portraitPageShowsScoresSourcesAndTheDownload() {
        assertThat(mvc.get().uri("/territoires/200042174/diagnostic"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Diagnostic 360° de CA Lorient Agglomération",
                        "sur 124",
                        "à renseigner",
                        "non calculé",
                        "/territoires/200042174/diagnostic.xlsx",
                        "INSEE");
    }

    @Test
    void downloadedWorkbookHoldsThePrefilledValuesWithTheirProvenance() throws Exception {
        var result = mvc.get().uri("/territoires/200042174/diagnostic.xlsx").exchange();
        assertThat(result)
                .hasStatusOk()
                .hasHeader("Content-Disposition", "attachment; filename=\"diag360-200042174.xlsx\"");

        Referential referential = referentials.byId(Referentials.DIAG360);
        WorkbookAnswers answers = Diag360Workbook.read(
                new ByteArrayInputStream(result.getResponse().getContentAsByteArray()), referential);
        List<IndicatorRow> rows = referential.rows();
        var expected =
                prefill.prefill(territories.find("200042174").orElseThrow()).indicateurs();
        for (Diag360Prefill.Valeur v : expected) {
            int i = indexOf(rows, v.id());
            assertThat(answers.values().get(i)).as(v.id()).isEqualTo(CellValue.number(v.valeur()));
            assertThat(answers.comments().get(i)).as(v.id()).startsWith("Prérempli par Résilience 360 : ");
            if (v.approximation() != null)
                assertThat(answers.comments().get(i)).as(v.id()).endsWith("Approximation : " + v.approximation());
        }
        assertThat(answers.values().stream().filter(CellValue::isFilled).count())
                .isEqualTo(expected.size());
        assertThat(answers.collectivite()).isEqualTo("CA Lorient Agglomération");
    }

    @Test
    void portraitPageLabelsEveryApproximationWithWhatDiffersFromTheDiag360Definition() throws Exception {
        Portrait portrait = portraits.portrait(territories.find("200042174").orElseThrow());
        var approximated = portrait.needs().stream()
                .flatMap(n -> n.lines().stream())
                .filter(l -> l.approximation() != null)
                .toList();
        assertThat(approximated).extracting(l -> l.row().id()).contains("bv3_i10", "bi1_i04");

        String html = mvc.get()
                .uri("/territoires/200042174/diagnostic")
                .exchange()
                .getResponse()
                .getContentAsString();
        String text = HtmlUtils.htmlUnescape(html);
        assertThat(text).contains("dont " + approximated.size() + " par une approximation");
        for (Portrait.Line l : approximated)
            assertThat(text).as(l.row().id()).contains("Approximation : " + l.approximation());
        assertThat(StringUtils.countOccurrencesOf(html, "class=\"approx-label\">approximation<"))
                .isEqualTo(approximated.size());
    }

    @Test
    void departementPortraitSaysWhyOvercrowdingIsLeftToDeclare() throws Exception {
        String html = mvc.get()
                .uri("/territoires/dep-56/diagnostic")
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(html))
                .contains("La part des logements suroccupés n'est publiée que pour les EPCI");
    }

    @Test
    void unknownTerritoryHasNoPortrait() {
        assertThat(mvc.get().uri("/territoires/99999/diagnostic")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void exportCommandWritesTheWorkbookAndRefusesAnAmbiguousCode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lorient.xlsx");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());

        assertThat(exportCommand.run(List.of("200042174", file.toString()), quiet, quiet))
                .isZero();
        assertThat(Files.size(file)).isPositive();
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        exportCommand.run(List.of("53", dir.resolve("x.xlsx").toString()), quiet, quiet))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("désigne plusieurs territoires : dep-53 (Mayenne), reg-53 (Bretagne)");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    private static int indexOf(List<IndicatorRow> rows, String id) {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).id().equals(id)) return i;
        throw new AssertionError(id);
    }
}
