package fr.resilience360.survey;

import fr.resilience360.shared.BadParameterException;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.shared.UserInputException;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Takes a respondent's answers once: checked against the survey's questionnaire, stored with its version and source
 * under the client's idempotency key (a replay gets the first response) and the respondent's salted hash (a second
 * answer from the same respondent is refused). Both are unique keys of the database, so concurrency cannot add a
 * second row. The response is committed before the caller answers.
 */
@Service
class Responses {

    static final String SOURCE_WEB = "web";
    private static final int MAX_KEY_LENGTH = 200;

    private final Surveys surveys;
    private final SurveyRepository repository;
    private final IntakeMetrics metrics;

    Responses(Surveys surveys, SurveyRepository repository, IntakeMetrics metrics) {
        this.surveys = surveys;
        this.repository = repository;
        this.metrics = metrics;
    }

    /** A submission: the answers by question code, the honeypot field, and the client's keys (respondent optional). */
    record Submission(Map<String, Object> answers, String honeypot, String idempotencyKey, String respondentKey) {}

    Receipt submit(String token, Submission s) {
        Survey survey = surveys.open(token);
        if (s.honeypot() != null && !s.honeypot().isEmpty())
            throw new UserInputException("La réponse n'a pas pu être enregistrée.");
        byte[] idempotency = SurveySecrets.sha256(requireKey(s.idempotencyKey()));
        Optional<Long> earlier = repository.responseOf(survey.id(), idempotency);
        if (earlier.isPresent()) return new Receipt(earlier.get(), false);
        Map<String, Object> answers =
                AnswerCheck.check(survey.questionnaire(), s.answers() == null ? Map.of() : s.answers());
        byte[] respondent = s.respondentKey() == null || s.respondentKey().isBlank()
                ? null
                : SurveySecrets.hmac(survey.respondentSalt(), s.respondentKey());
        Receipt receipt = repository
                .record(
                        survey.id(),
                        new SurveyRepository.NewResponse(
                                idempotency,
                                respondent,
                                survey.questionnaire().version(),
                                SOURCE_WEB,
                                SurveyJson.write(answers)))
                .orElseThrow(() -> new ConflictException(
                        "Réponse déjà enregistrée",
                        "Une réponse a déjà été enregistrée depuis ce navigateur pour cette enquête."));
        if (receipt.created()) metrics.webAnswer();
        return receipt;
    }

    private static String requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH)
            throw new BadParameterException(
                    "Idempotency-Key",
                    "L'en-tête « Idempotency-Key » est obligatoire (200 caractères au plus) : une valeur unique par"
                            + " réponse, un UUID par exemple, renvoyée telle quelle quand on réessaie.");
        return key;
    }
}
