package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static fr.resilience360.survey.SurveyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.account.Role;
import fr.resilience360.territory.Territories;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The synthesis page of a survey while it is open: each question's counts with a chart and its table, filters that
 * apply to every count and stay in the URL (and the API takes them too), free texts searched without regard to case
 * or accents, a cross-tabulation that never shows a count under 5; who may read it.
 */
@IntegrationTest
class SynthesisPageTest {

    private static final Instant NOV_30 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant DEC_02 = Instant.parse("2026-12-02T10:00:00Z");

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
    void showsEachQuestionWithItsChartAndATableCountingAMultipleChoicePerOption() {
        long id = open();
        SynthesisFixtures.web(
                jdbc, id, NOV_30, "{\"besoin_eau\": 4, \"preparation_foyer\": [\"reserve_eau\", \"rien\"]}");
        SynthesisFixtures.web(jdbc, id, NOV_30, "{\"besoin_eau\": 2, \"preparation_foyer\": [\"reserve_eau\"]}");
        SynthesisFixtures.web(jdbc, id, NOV_30, "{\"personnes_foyer\": 3}");
        SynthesisFixtures.web(jdbc, id, NOV_30, "{\"personnes_foyer\": 6}");

        String page = page(id, "");

        assertThat(page)
                .contains("4 réponses retenues", " sur 4 enregistrées.", "data-chart=")
                .contains("Tableau des réponses : Qu&#39;avez-vous prévu chez vous en cas de crise ?")
                .contains("role=\"img\"", "role=\"region\"", "<legend>Filtrer les réponses</legend>");
        assertThat(page).containsPattern(row("Une réserve d&#39;eau", "2", "100 %"));
        assertThat(page).containsPattern(row("Rien de particulier", "1", "50 %"));
        assertThat(page).containsPattern("moyenne 3 sur 5");
        assertThat(page).containsPattern("<dt>Médiane</dt><dd>4,5</dd>").contains("<dt>Maximum</dt><dd>6</dd>");
    }

    @Test
    void filtersApplyToEveryCountAndStayInTheLinksOfThePage() {
        long id = open();
        SynthesisFixtures.web(jdbc, id, NOV_30, "{\"besoin_eau\": 4}");
        SynthesisFixtures.paper(jdbc, id, NOV_30, "F-001", "ana@exemple.fr", "{\"besoin_eau\": 2}");
        SynthesisFixtures.paper(jdbc, id, DEC_02, "F-002", "bob@exemple.fr", "{\"besoin_eau\": 2}");

        String page = page(id, "?source=papier&au=2026-12-01");

        assertThat(page)
                .contains("1 réponse retenue", " sur 3 enregistrées (filtres appliqués).")
                .contains("<option value=\"papier\" selected=\"selected\">Papier</option>")
                .contains("value=\"2026-12-01\"")
                .contains("/enquetes/" + id + "/export.csv?au=2026-12-01&amp;source=papier")
                .contains("<option value=\"bob@exemple.fr\">bob@exemple.fr</option>");
        assertThat(page).containsPattern(row("2", "1", "100 %"));
        assertThat(page(id, "?benevole=bob@exemple.fr")).contains("1 réponse retenue");
        assertThat(page(id, "?reponse=besoin_eau:2")).contains("2 réponses retenues");
    }

    @Test
    void theApiTakesTheSameFiltersAndKeepsItsShape() {
        long id = open();
        SynthesisFixtures.web(jdbc, id, NOV_30, "{\"besoin_eau\": 4, \"anciennete\": \"plus_10_ans\"}");
        SynthesisFixtures.paper(jdbc, id, NOV_30, "F-1", "ana@exemple.fr", "{\"besoin_eau\": 2}");
        SynthesisFixtures.paper(jdbc, id, DEC_02, "F-2", "ana@exemple.fr", "{\"besoin_eau\": 3}");

        api(id, "").extractingPath("$.total").isEqualTo(3);
        api(id, "?source=papier").extractingPath("$.total").isEqualTo(2);
        api(id, "?source=papier&du=2026-12-01&au=2026-12-02")
                .extractingPath("$.questions[?(@.code == 'besoin_eau')].moyenne")
                .asArray()
                .containsExactly(3.0);
        api(id, "?reponse=anciennete:plus_10_ans").extractingPath("$.total").isEqualTo(1);
        api(id, "?benevole=ana@exemple.fr").extractingPath("$.total").isEqualTo(2);
        assertThat(mvc.get()
                        .uri("/api/v1/enquetes/" + id + "/synthese?source=courrier")
                        .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO))))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.parametre")
                .isEqualTo("source");
    }

    @Test
    void searchesFreeTextsWhateverTheCaseAndAccentsTwentyAPage() {
        long id = open();
        SynthesisFixtures.web(jdbc, id, NOV_30, "{\"idee_projet\": \"Un jardin PARTAGÉ au bourg\"}");
        SynthesisFixtures.web(jdbc, id, NOV_30, "{\"idee_projet\": \"Une éolienne citoyenne\"}");
        for (int i = 0; i < 25; i++) SynthesisFixtures.web(jdbc, id, NOV_30, "{\"idee_projet\": \"Idée " + i + "\"}");

        String found = page(id, "?texte=idee_projet&recherche=jardin+partage");
        assertThat(found)
                .contains("Un jardin PARTAGÉ au bourg", "1 texte, page 1 sur 1.")
                .doesNotContain("éolienne");
        assertThat(page(id, "?texte=idee_projet&recherche=EOLIENNE")).contains("Une éolienne citoyenne");
        String first = page(id, "?texte=idee_projet");
        assertThat(first).contains("27 textes, page 1 sur 2.", "Page suivante").doesNotContain("Page précédente");
        assertThat(page(id, "?texte=idee_projet&page=2")).contains("Un jardin PARTAGÉ", "Page précédente");
    }

    @Test
    void aCrossTabulationNeverShowsACountUnderFive() {
        long id = open();
        answers(id, 12, 4, "plus_10_ans");
        answers(id, 6, 2, "plus_10_ans");
        answers(id, 7, 4, "de_2_a_10_ans");
        answers(id, 5, 2, "de_2_a_10_ans");
        answers(id, 3, 4, "moins_2_ans");

        String table = crossTab(page(id, "?ligne=besoin_eau&colonne=anciennete"));

        assertThat(table).contains("&lt; 5", "masqué", ">33<", ">18<").doesNotContain("<th scope=\"row\">1</th>");
        Matcher cells = Pattern.compile("<td class=\"num[^\"]*\">([^<]*)</td>").matcher(table);
        int numbers = 0;
        while (cells.find()) {
            String cell = cells.group(1).trim();
            if (cell.matches("\\d+")) {
                numbers++;
                assertThat(Integer.parseInt(cell)).as("case visible").isGreaterThanOrEqualTo(5);
            } else assertThat(cell).isIn("&lt; 5", "masqué");
        }
        assertThat(numbers)
                .as("the 12, the 6, their total and the 33 respondents are shown")
                .isEqualTo(4);
        assertThat(table)
                .as("3 and 0 are hidden, and so are 7 and 5 that would give them away")
                .doesNotContainPattern(">\\s*[0357]\\s*<")
                .doesNotContain(">22<", ">11<");
    }

    @Test
    void theApiGivesTheSameCrossTabulationWithHiddenCellsAsNull() {
        long id = open();
        answers(id, 12, 4, "plus_10_ans");
        answers(id, 6, 2, "plus_10_ans");
        answers(id, 7, 4, "de_2_a_10_ans");
        answers(id, 5, 2, "de_2_a_10_ans");
        answers(id, 3, 4, "moins_2_ans");

        var json = api(id, "/croisement?ligne=besoin_eau&colonne=anciennete");

        json.extractingPath("$.repondants").isEqualTo(33);
        json.extractingPath("$.colonnes[*].valeur").isEqualTo(List.of("moins_2_ans", "de_2_a_10_ans", "plus_10_ans"));
        json.extractingPath("$.colonnes[*].total").isEqualTo(Arrays.asList(null, null, 18));
        json.extractingPath("$.lignes[*].valeur").isEqualTo(List.of("2", "4"));
        json.extractingPath("$.lignes[0].cases").isEqualTo(Arrays.asList(null, null, 6));
        json.extractingPath("$.lignes[1].cases").isEqualTo(Arrays.asList(null, null, 12));
        json.extractingPath("$.lignes[*].total").isEqualTo(Arrays.asList(null, null));
        api(id, "/croisement?ligne=besoin_eau&colonne=anciennete&source=papier")
                .extractingPath("$.repondants")
                .isNull();
        assertThat(mvc.get()
                        .uri("/api/v1/enquetes/" + id + "/croisement?ligne=besoin_eau&colonne=idee_projet")
                        .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO))))
                .hasStatus(400);
    }

    @Test
    void aCrossTabulationNeedsTwoDifferentClosedQuestions() {
        long id = open();

        assertThat(page(id, "?ligne=besoin_eau&colonne=besoin_eau")).contains("Choisissez deux questions différentes.");
        assertThat(page(id, "?ligne=besoin_eau&colonne=idee_projet")).contains("Choisissez deux questions fermées");
    }

    @Test
    void aFilterThatCannotBeUsedIsRefusedInFrench() {
        MvcTestResult result = mvc.get()
                .uri("/enquetes/" + open() + "/synthese?du=01/12/2026")
                .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO)))
                .exchange();

        assertThat(result).hasStatus(400).bodyText().contains("AAAA-MM-JJ");
    }

    @Test
    void anUnknownSurveyHasNoSynthesisPage() {
        assertThat(mvc.get().uri("/enquetes/999999999/synthese").with(as(member(accounts, Role.ADMIN, LORIENT_AGGLO))))
                .hasStatus(404);
    }

    @ParameterizedTest
    @EnumSource(SurveySynthesisTest.Caller.class)
    void eachCallerGetsWhatTheMatrixSays(SurveySynthesisTest.Caller caller) {
        String email = caller.signIn(accounts);
        long id = open();
        var request = mvc.get().uri("/enquetes/" + id + "/synthese");
        var api = mvc.get().uri("/api/v1/enquetes/" + id + "/croisement?ligne=besoin_eau&colonne=anciennete");
        if (email != null) {
            request = request.with(as(email));
            api = api.with(as(email));
        }

        int expected = caller.expected(Action.READ_DRAFTS, 200);
        MvcTestResult result = request.exchange();
        if (expected == 401) assertThat(result).hasStatus(302).hasRedirectedUrl("/connexion");
        else
            assertThat(result.getResponse().getStatus())
                    .as("%s lit la synthèse", caller)
                    .isEqualTo(expected);
        assertThat(api.exchange().getResponse().getStatus())
                .as("%s lit le tableau croisé (API)", caller)
                .isEqualTo(expected);
    }

    private void answers(long id, int count, int water, String since) {
        for (int i = 0; i < count; i++)
            SynthesisFixtures.web(
                    jdbc, id, NOV_30, "{\"besoin_eau\": " + water + ", \"anciennete\": \"" + since + "\"}");
    }

    private long open() {
        return surveys.create(territories.require(LORIENT_AGGLO), "habitants", "essai")
                .id();
    }

    private String page(long id, String query) {
        MvcTestResult result = mvc.get()
                .uri("/enquetes/" + id + "/synthese" + query)
                .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO)))
                .exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private org.springframework.test.json.AbstractJsonContentAssert<?> api(long id, String query) {
        String path = query.startsWith("/") ? query : "/synthese" + query;
        return assertThat(mvc.get()
                        .uri("/api/v1/enquetes/" + id + path)
                        .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO))))
                .hasStatusOk()
                .bodyJson();
    }

    /** A row of a counts table: its label, count and share. */
    private static Pattern row(String label, String count, String percent) {
        return Pattern.compile(Pattern.quote(label) + "</th>\\s*<td class=\"num\">" + count
                + "</td>\\s*<td class=\"num\">" + Pattern.quote(percent) + "</td>");
    }

    private static String crossTab(String page) {
        int start = page.indexOf("<table class=\"data-table cross-tab\">");
        assertThat(start).as("tableau croisé").isPositive();
        return page.substring(start, page.indexOf("</table>", start));
    }
}
