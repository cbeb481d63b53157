package fr.resilience360.survey;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import fr.resilience360.shared.UserInputException;
import fr.resilience360.survey.PaperImportCheck.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code import-survey-answers SURVEY_ID FILE [--dry-run]}: the CSV import of paper answers of the page
 * {@code /enquetes/{id}/import}, from the command line. Every error is printed (one line each, « Ligne 4, colonne … »)
 * and nothing is stored while one remains; exit code 1 then.
 */
@Component
class ImportSurveyAnswersCommand implements AdminCommand {

    private static final String USAGE = "usage : import-survey-answers ENQUETE FICHIER.csv [--dry-run]"
            + " (ex. import-survey-answers 12 feuilles.csv --dry-run)";

    private final Surveys surveys;
    private final PaperImports imports;

    ImportSurveyAnswersCommand(Surveys surveys, PaperImports imports) {
        this.surveys = surveys;
        this.imports = imports;
    }

    @Override
    public String name() {
        return "import-survey-answers";
    }

    @Override
    public String arguments() {
        return "ENQUETE FICHIER.csv [--dry-run]";
    }

    @Override
    public String description() {
        return "Vérifie (--dry-run) ou importe en une fois les réponses papier d'une enquête, un fichier CSV d'une ligne"
                + " par feuille ; affiche chaque erreur par ligne et par colonne.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean dryRun = args.contains("--dry-run");
        List<String> rest = args.stream().filter(a -> !a.equals("--dry-run")).toList();
        if (rest.size() != 2 || !rest.get(0).matches("\\d{1,15}")) throw new CommandException(USAGE);
        try {
            Survey survey = surveys.byId(Long.parseLong(rest.get(0)));
            byte[] csv = read(Path.of(rest.get(1)));
            PaperImportCheck.Report report = dryRun
                    ? imports.check(survey, csv)
                    : imports.importAll(survey, csv, UUID.randomUUID().toString(), "ligne de commande")
                            .report();
            report.problems().stream().map(Problem::text).forEach(err::println);
            if (!report.ok()) {
                err.println(report.problems().size() + " erreur(s) : rien n'a été importé.");
                return 1;
            }
            out.println(
                    report.ready().size() + (dryRun ? " réponse(s) prête(s) à importer." : " réponse(s) importée(s)."));
            return 0;
        } catch (CommandException e) {
            throw e;
        } catch (UserInputException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandException("Lecture de « " + file + " » impossible : " + e.getMessage(), e);
        }
    }
}
