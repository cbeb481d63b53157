package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.survey.PaperImportCheck.Problem;
import fr.resilience360.survey.PaperImportCheck.Report;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, paper answers: the dry run of a CSV import lists every error by line and column, before anything is
 * stored. Survey n° 1 (the businesses' questionnaire), 10 sheets printed, sheet 1-0003-S entered already.
 */
class PaperImportCheckTest {

    private static final List<String> HEADER = List.of(
            "feuille", "secteur", "effectif", "plan_continuite", "mesures", "mesures.autre", "dependance_energie");
    private static final List<String> RIGHT =
            List.of("1-0001-E", "commerce", "4", "non", "teletravail|stock_securite", "", "3");

    private static final PaperImportCheck.SurveyState SURVEY = new PaperImportCheck.SurveyState(
            SurveyFixtures.template("entreprises"), 1, 10, Map.of("1-0003-S", Instant.parse("2026-12-02T14:00:00Z")));

    @ParameterizedTest(name = "{0} = « {1} » → {2}")
    @CsvSource(
            delimiter = '#',
            value = {
                "dependance_energie # 6          # une note entière de 1 à 5 est attendue",
                "dependance_energie # 3,5        # une note entière de 1 à 5 est attendue",
                "dependance_energie # trois      # une note entière de 1 à 5 est attendue",
                "effectif           # beaucoup   # un nombre de 0 à 100000 est attendu",
                "effectif           # ''         # réponse obligatoire",
                "secteur            # banque     # choix inconnu « banque » ; choix possibles : agriculture, industrie,"
                        + " construction, commerce, transport, hebergement_restauration, sante_social, services, autre",
                "mesures            # teletravail|teletravail # un même choix est donné deux fois",
                "feuille            # ''         # code de la feuille manquant",
                "feuille            # 1-0001-F   # code de feuille invalide « 1-0001-F » : recopiez-le tel qu'il est"
                        + " imprimé en haut de la feuille (par exemple « 1-0001-E »)",
                "feuille            # 2-0001-F   # la feuille 2-0001-F est celle d'une autre enquête (n° 2)",
                "feuille            # 1-0011-K   # la feuille 1-0011-K n'a pas été imprimée : 10 feuilles imprimées pour"
                        + " cette enquête",
                "feuille            # 1-0003-S   # la feuille 1-0003-S a déjà été saisie le 02/12/2026 à 15:00",
            })
    void namesTheLineTheColumnAndTheFaultOfABadCell(String column, String value, String message) {
        List<String> row = new ArrayList<>(RIGHT);
        row.set(HEADER.indexOf(column), value);

        Report report = check(HEADER, row);

        assertThat(report.problems())
                .extracting(Problem::text)
                .containsExactly("Ligne 2, colonne " + column + " : " + message);
        assertThat(report.ready()).isEmpty();
    }

    @Test
    void aRightFileIsReadyWithItsAnswersTypedAsTheWebOnesAre() {
        Report report = check(HEADER, RIGHT, List.of("1-0002-L", "autre", "12", "oui_teste", "autre", "Des cuves", ""));

        assertThat(report.ok()).isTrue();
        assertThat(report.ready())
                .extracting(PaperImportCheck.Ready::sheetCode)
                .containsExactly("1-0001-E", "1-0002-L");
        assertThat(report.ready().get(0).answers())
                .containsEntry("effectif", 4L)
                .containsEntry("mesures", List.of("teletravail", "stock_securite"))
                .containsEntry("dependance_energie", 3L);
        assertThat(report.ready().get(1).answers())
                .containsEntry("mesures", List.of("autre"))
                .containsEntry("mesures.autre", "Des cuves")
                .doesNotContainKey("dependance_energie");
    }

    @Test
    void namesUnknownDuplicateAndNamelessColumnsAndASheetColumnMissingOnLine1() {
        Report report = check(List.of("code", "secteur", "secteur", "besoin_eau", "effectif.autre", ""), List.of());

        assertThat(report.problems())
                .extracting(Problem::text)
                .containsExactly(
                        "Ligne 1 : la première colonne doit être « feuille » (le code de chaque feuille)",
                        "Ligne 1, colonne secteur : colonne en double",
                        "Ligne 1, colonne besoin_eau : colonne inconnue : ni un code de question de cette enquête, ni le"
                                + " texte « autre » d'une question (téléchargez le modèle pour les colonnes attendues)",
                        "Ligne 1, colonne effectif.autre : colonne inconnue : ni un code de question de cette enquête, ni"
                                + " le texte « autre » d'une question (téléchargez le modèle pour les colonnes attendues)",
                        "Ligne 1, colonne n° 6 : colonne sans nom");
    }

    @Test
    void refusesTheSameSheetTwiceInTheFileAndALineWithMoreValuesThanColumns() {
        List<String> longer = new ArrayList<>(RIGHT);
        longer.set(0, "1-0004-Y");
        longer.add("en trop");

        Report report = check(HEADER, RIGHT, RIGHT, longer);

        assertThat(report.problems())
                .extracting(Problem::text)
                .containsExactly(
                        "Ligne 3, colonne feuille : la feuille 1-0001-E figure déjà ligne 2",
                        "Ligne 4 : 8 valeurs pour 7 colonnes : vérifiez le séparateur et les guillemets");
        assertThat(report.ok()).isFalse();
    }

    @Test
    void listsEveryErrorOfEveryLineAtOnce() {
        Report report = check(
                HEADER,
                List.of("1-0001-E", "banque", "", "non", "", "", "9"),
                RIGHT.stream().map(v -> v.equals("1-0001-E") ? "1-0002-L" : v).toList(),
                List.of("1-0005-X", "commerce", "4", "peut_etre", "", "", ""));

        assertThat(report.problems())
                .extracting(Problem::line, Problem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "secteur"),
                        org.assertj.core.groups.Tuple.tuple(2, "effectif"),
                        org.assertj.core.groups.Tuple.tuple(2, "dependance_energie"),
                        org.assertj.core.groups.Tuple.tuple(4, "feuille"),
                        org.assertj.core.groups.Tuple.tuple(4, "plan_continuite"));
        assertThat(report.ready()).extracting(PaperImportCheck.Ready::line).containsExactly(3);
    }

    @Test
    void theTemplateHeaderIsTheSheetThenEveryQuestionWithItsOtherTextBesideIt() {
        assertThat(PaperImportCheck.header(SurveyFixtures.template("entreprises")))
                .startsWith("feuille", "secteur", "secteur.autre", "effectif", "dependance_fournisseurs")
                .contains("mesures", "mesures.autre")
                .doesNotHaveDuplicates();
    }

    @SafeVarargs
    private static Report check(List<String> header, List<String>... rows) {
        StringBuilder csv = new StringBuilder(String.join(";", header)).append('\n');
        Arrays.stream(rows).forEach(r -> csv.append(String.join(";", r)).append('\n'));
        return PaperImportCheck.check(SURVEY, PaperCsv.read(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
