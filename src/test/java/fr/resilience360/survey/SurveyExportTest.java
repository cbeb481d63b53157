package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static fr.resilience360.survey.SurveyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.account.Role;
import fr.resilience360.survey.Questionnaire.Question;
import fr.resilience360.territory.Territories;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A survey's exports for the members of its territory: CSV for a French Excel ({@code ;}, UTF-8 with a byte order
 * mark), XLSX and JSON, with the same columns whatever was answered — id, reception, source, sheet code, then each
 * question ordered by code, a choice's « autre » text beside it — and never a hash or the volunteer's address.
 */
@IntegrationTest
class SurveyExportTest {

    private static final Instant NOV_30 = Instant.parse("2026-11-30T10:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Test
    void csvIsForAFrenchExcelWithOneColumnPerQuestionOrderedByCode() {
        long id = open();
        SynthesisFixtures.web(jdbc, id, NOV_30, """
                {"besoin_eau": 4, "preparation_foyer": ["reserve_eau", "autre"],
                 "preparation_foyer.autre": "Un poêle", "besoins_fragiles": ["bi2", "bv4"]}""");

        byte[] csv = download(id, "csv", "");
        String text = new String(csv, StandardCharsets.UTF_8);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF" + String.join(";", expectedColumns()));
        assertThat(text)
                .contains(";web;;")
                .contains("reserve_eau|autre;Un poêle")
                .contains("bi2|bv4")
                .endsWith("\r\n");
        assertThat(expectedColumns())
                .containsSubsequence("preparation_foyer", "preparation_foyer.autre", "ressources_locales");
    }

    @Test
    void twoSurveysWithDifferentAnswersExportTheSameColumns() throws IOException {
        long first = open();
        SynthesisFixtures.web(
                jdbc, first, NOV_30, "{\"evenement_vecu\": \"oui\", \"evenement_recit\": \"La tempête\"}");
        long second = open();
        SynthesisFixtures.paper(jdbc, second, NOV_30, "F-9", "ana@exemple.fr", "{\"besoin_eau\": 1}");

        assertThat(header(download(first, "csv", ""))).isEqualTo(header(download(second, "csv", "")));
        assertThat(xlsxHeader(download(first, "xlsx", "")))
                .isEqualTo(xlsxHeader(download(second, "xlsx", "")))
                .isEqualTo(expectedColumns());
        json(first).extractingPath("$.colonnes").isEqualTo(expectedColumns());
        json(second).extractingPath("$.colonnes").isEqualTo(expectedColumns());
    }

    @Test
    void csvQuotesSemicolonsQuotesAndLineBreaks() {
        long id = open();
        SynthesisFixtures.web(jdbc, id, NOV_30, "{\"idee_projet\": \"Un \\\"jardin\\\"; partagé\\nsur deux lignes\"}");

        String text = new String(download(id, "csv", ""), StandardCharsets.UTF_8);

        assertThat(text).contains(";\"Un \"\"jardin\"\"; partagé\nsur deux lignes\";");
    }

    @Test
    void xlsxKeepsNumbersAsNumbersAndJoinsLists() throws IOException {
        long id = open();
        SynthesisFixtures.paper(jdbc, id, NOV_30, "F-001", "ana@exemple.fr", """
                {"besoin_eau": 4, "preparation_foyer": ["reserve_eau", "rien"]}""");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(id, "xlsx", "")))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            int water = expectedColumns().indexOf("besoin_eau");
            assertThat(row.getCell(water).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(water).getNumericCellValue()).isEqualTo(4.0);
            assertThat(row.getCell(expectedColumns().indexOf("preparation_foyer"))
                            .getStringCellValue())
                    .isEqualTo("reserve_eau|rien");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("F-001");
        }
    }

    @Test
    void jsonGivesListsAsArraysAndEveryColumnOfEachResponse() {
        long id = open();
        SynthesisFixtures.web(jdbc, id, NOV_30, "{\"besoins_fragiles\": [\"bi2\", \"bv4\"]}");

        var json = json(id);

        json.extractingPath("$.reponses[0].besoins_fragiles").isEqualTo(List.of("bi2", "bv4"));
        json.extractingPath("$.reponses[0].source").isEqualTo("web");
        json.extractingPath("$.reponses[0]")
                .asMap()
                .containsKey("evenement_recit")
                .hasSize(expectedColumns().size());
    }

    @Test
    void neverExportsAHashNorWhoTypedThePaperIn() {
        long id = open();
        SynthesisFixtures.paper(jdbc, id, NOV_30, "F-7", "benevole-secret@exemple.fr", "{\"besoin_eau\": 3}");

        for (String format : List.of("csv", "json")) {
            String text = new String(download(id, format, ""), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("hash", "benevole-secret", "respondent", "idempotenc");
        }
    }

    @Test
    void exportsWhatTheFiltersOfThePageKeep() {
        long id = open();
        SynthesisFixtures.web(jdbc, id, NOV_30, "{\"besoin_eau\": 4}");
        SynthesisFixtures.paper(jdbc, id, NOV_30, "F-1", "ana@exemple.fr", "{\"besoin_eau\": 2}");

        String text = new String(download(id, "csv", "?source=papier"), StandardCharsets.UTF_8);

        assertThat(text.lines()).hasSize(2);
        assertThat(text).contains(";papier;F-1;").doesNotContain(";web;");
    }

    @ParameterizedTest
    @EnumSource(SurveySynthesisTest.Caller.class)
    void eachCallerGetsWhatTheMatrixSays(SurveySynthesisTest.Caller caller) {
        String email = caller.signIn(accounts);
        long id = open();
        int expected = caller.expected(Action.READ_DRAFTS, 200);
        for (String format : List.of("csv", "xlsx", "json")) {
            var request = mvc.get().uri("/enquetes/" + id + "/export." + format);
            if (email != null) request = request.with(as(email));
            MvcTestResult result = request.exchange();
            if (expected == 401) assertThat(result).hasStatus(302).hasRedirectedUrl("/connexion");
            else
                assertThat(result.getResponse().getStatus())
                        .as("%s exporte en %s", caller, format)
                        .isEqualTo(expected);
        }
    }

    /** What the columns must be: fixed ones, then each question by code with its « autre » text beside it. */
    private static List<String> expectedColumns() {
        List<String> columns = new ArrayList<>(List.of("id", "recu_le", "source", "code_feuille"));
        SurveyFixtures.template("habitants").questions().values().stream()
                .sorted(Comparator.comparing(Question::code))
                .forEach(q -> {
                    columns.add(q.code());
                    if (q.autre()) columns.add(q.code() + ".autre");
                });
        return columns;
    }

    private long open() {
        return surveys.create(territories.require(LORIENT_AGGLO), "habitants", "essai")
                .id();
    }

    private byte[] download(long id, String format, String query) {
        MvcTestResult result = mvc.get()
                .uri("/enquetes/" + id + "/export." + format + query)
                .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO)))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("enquete-" + id + "-habitants." + format);
        return result.getResponse().getContentAsByteArray();
    }

    private org.springframework.test.json.AbstractJsonContentAssert<?> json(long id) {
        return assertThat(mvc.get()
                        .uri("/enquetes/" + id + "/export.json")
                        .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO))))
                .hasStatusOk()
                .bodyJson();
    }

    private static String header(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    }

    private static List<String> xlsxHeader(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> header = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            return header;
        }
    }
}
