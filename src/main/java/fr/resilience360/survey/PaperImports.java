package fr.resilience360.survey;

import fr.resilience360.shared.BadParameterException;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.survey.PaperImportCheck.Ready;
import fr.resilience360.survey.PaperImportCheck.Report;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSV import of paper answers: a dry run that lists every error ({@link PaperImportCheck}), then the import, which
 * checks the file again and stores all its answers in one transaction, or none. Each answer is stored under an
 * idempotency key drawn from the import form's key and its rank in the file, so that sending the same import twice
 * (a double click, a retry) stores it once and says so; a sheet entered meanwhile by someone else makes the whole
 * import fail, nothing stored.
 */
@Service
class PaperImports {

    private final PaperRepository responses;
    private final IntakeMetrics metrics;

    PaperImports(PaperRepository responses, IntakeMetrics metrics) {
        this.responses = responses;
        this.metrics = metrics;
    }

    /** What an import did: the report of its check, how many answers it stored, whether it had been done already. */
    record Outcome(Report report, int stored, boolean replay) {}

    Report check(Survey survey, byte[] csv) {
        return PaperImportCheck.check(
                new PaperImportCheck.SurveyState(
                        survey.questionnaire(),
                        survey.id(),
                        responses.sheetsPrinted(survey.id()),
                        responses.enteredSheets(survey.id())),
                PaperCsv.read(csv));
    }

    @Transactional
    Outcome importAll(Survey survey, byte[] csv, String key, String volunteer) {
        if (key == null || key.isBlank() || key.length() > 200)
            throw new BadParameterException(
                    "cle", "Le formulaire d'import n'a pas de clé d'envoi : vérifiez de nouveau.");
        if (responses.byIdempotency(survey.id(), idempotency(key, 0)).isPresent())
            return new Outcome(null, PaperCsv.read(csv).rows().size(), true);
        Report report = check(survey, csv);
        if (!report.ok() || report.ready().isEmpty()) return new Outcome(report, 0, false);
        List<Ready> ready = report.ready();
        for (int i = 0; i < ready.size(); i++) {
            Ready r = ready.get(i);
            var stored = responses.insert(
                    survey.id(),
                    new PaperRepository.NewPaperResponse(
                            idempotency(key, i),
                            survey.questionnaire().version(),
                            SurveyJson.write(r.answers()),
                            r.sheetCode(),
                            volunteer));
            if (stored.isPresent()) continue;
            if (i == 0
                    && responses.byIdempotency(survey.id(), idempotency(key, 0)).isPresent())
                return new Outcome(null, ready.size(), true);
            throw new ConflictException(
                    "Feuille déjà saisie",
                    "Ligne " + r.line() + " : la feuille " + r.sheetCode() + " vient d'être saisie par ailleurs. Rien"
                            + " n'a été importé : vérifiez le fichier de nouveau.");
        }
        metrics.paperAnswers(ready.size());
        return new Outcome(report, ready.size(), false);
    }

    private static byte[] idempotency(String key, int rank) {
        return SurveySecrets.sha256("import:" + key + ":" + rank);
    }
}
