package fr.resilience360.survey;

import fr.resilience360.shared.BadParameterException;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.shared.InvalidFieldsException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A paper sheet typed in by a volunteer: its code checked ({@link SheetCode#fault}), its answers checked by the same
 * {@link AnswerCheck} as web answers, stored with source {@code papier}, the sheet's code and the volunteer's address.
 * The form's idempotency key makes a double click or a retry return the first response; a sheet entered a second time
 * under another key is refused ({@link ConflictException}, « La feuille … a déjà été saisie le … »). Both are unique
 * keys of the database, so two simultaneous entries of one sheet store one row.
 */
@Service
class PaperEntries {

    /** The form field of the sheet's code. */
    static final String SHEET_FIELD = "feuille";

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final PaperRepository responses;
    private final IntakeMetrics metrics;

    PaperEntries(PaperRepository responses, IntakeMetrics metrics) {
        this.responses = responses;
        this.metrics = metrics;
    }

    /** A stored sheet: its response, its code, and whether this call stored it (false on a replay). */
    record Entered(long id, String sheetCode, boolean created) {}

    Entered enter(Survey survey, String typedCode, Map<String, Object> answers, String key, String volunteer) {
        if (key == null || key.isBlank() || key.length() > 200)
            throw new BadParameterException("cle", "Le formulaire n'a pas de clé d'envoi : rechargez la page.");
        byte[] idempotency = SurveySecrets.sha256("saisie:" + key);
        Optional<PaperRepository.Entry> earlier = responses.byIdempotency(survey.id(), idempotency);
        if (earlier.isPresent())
            return new Entered(earlier.get().id(), earlier.get().sheetCode(), false);
        Map<String, Object> checked = checked(survey, typedCode, answers);
        String code = SheetCode.parse(typedCode).orElseThrow().toString();
        Optional<Long> created = responses.insert(
                survey.id(),
                new PaperRepository.NewPaperResponse(
                        idempotency, survey.questionnaire().version(), SurveyJson.write(checked), code, volunteer));
        if (created.isPresent()) {
            metrics.paperAnswers(1);
            return new Entered(created.get(), code, true);
        }
        Optional<PaperRepository.Entry> replay = responses.byIdempotency(survey.id(), idempotency);
        if (replay.isPresent())
            return new Entered(replay.get().id(), replay.get().sheetCode(), false);
        throw alreadyEntered(survey, code);
    }

    /** The checked answers; else every fault, the sheet's code under {@value #SHEET_FIELD}, a stored sheet as 409. */
    private Map<String, Object> checked(Survey survey, String typedCode, Map<String, Object> answers) {
        Map<String, String> errors = new LinkedHashMap<>();
        String fault = SheetCode.fault(typedCode, survey.id(), responses.sheetsPrinted(survey.id()));
        if (fault != null) errors.put(SHEET_FIELD, fault);
        Map<String, Object> checked = Map.of();
        try {
            checked = AnswerCheck.check(survey.questionnaire(), answers);
        } catch (InvalidFieldsException e) {
            errors.putAll(e.fields());
        }
        if (!errors.isEmpty())
            throw new InvalidFieldsException(
                    errors.size() == 1 ? "Une réponse est invalide." : errors.size() + " réponses sont invalides.",
                    errors);
        String code = SheetCode.parse(typedCode).orElseThrow().toString();
        if (responses.entryOf(survey.id(), code).isPresent()) throw alreadyEntered(survey, code);
        return checked;
    }

    private ConflictException alreadyEntered(Survey survey, String code) {
        String when = responses
                .entryOf(survey.id(), code)
                .map(e -> " le " + enteredOn(e.receivedAt()))
                .orElse("");
        return new ConflictException("Feuille déjà saisie", "La feuille " + code + " a déjà été saisie" + when + ".");
    }

    static String enteredOn(Instant instant) {
        return WHEN.format(instant);
    }
}
