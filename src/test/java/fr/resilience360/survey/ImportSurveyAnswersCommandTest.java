package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import fr.resilience360.territory.Territories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code import-survey-answers SURVEY_ID FILE [--dry-run]}: the CSV import of paper answers on the command line. */
@IntegrationTest
class ImportSurveyAnswersCommandTest {

    @Autowired
    List<AdminCommand> commands;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    PaperRepository paper;

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theDryRunPrintsEachErrorAndStoresNothingThenTheImportStoresEveryLine() throws Exception {
        CreatedSurvey survey = open();
        Path bad = csv("feuille;secteur;effectif;plan_continuite\n" + new SheetCode(survey.id(), 1)
                + ";commerce;4;peut_etre\n");
        Path right = csv("feuille;secteur;effectif;plan_continuite\n" + new SheetCode(survey.id(), 1)
                + ";commerce;4;non\n" + new SheetCode(survey.id(), 2) + ";services;1;en_cours\n");

        assertThat(run(String.valueOf(survey.id()), bad.toString(), "--dry-run"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Ligne 2, colonne plan_continuite : choix inconnu « peut_etre »")
                .contains("1 erreur(s) : rien n'a été importé.");
        assertThat(run(String.valueOf(survey.id()), right.toString(), "--dry-run"))
                .isZero();
        assertThat(paper.entered(survey.id())).isZero();

        assertThat(run(String.valueOf(survey.id()), right.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 réponse(s) importée(s).");
        assertThat(paper.entryOf(survey.id(), new SheetCode(survey.id(), 2).toString())
                        .orElseThrow()
                        .enteredBy())
                .isEqualTo("ligne de commande");
    }

    @Test
    void refusesBadArgumentsWithItsUsage() {
        assertThatThrownBy(() -> run("douze", "f.csv"))
                .isInstanceOf(CommandException.class)
                .hasMessageStartingWith("usage : import-survey-answers ENQUETE FICHIER.csv [--dry-run]");
        assertThatThrownBy(() -> run(
                        String.valueOf(open().id()), dir.resolve("absent.csv").toString()))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("absent.csv");
    }

    private int run(String... args) throws Exception {
        return commands.stream()
                .filter(c -> c.name().equals("import-survey-answers"))
                .findFirst()
                .orElseThrow()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path csv(String text) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "feuilles", ".csv"), text);
    }

    private CreatedSurvey open() {
        CreatedSurvey survey = surveys.create(territories.require(LORIENT_AGGLO), "entreprises", "essai");
        paper.reserveSheets(survey.id(), 2);
        return survey;
    }
}
