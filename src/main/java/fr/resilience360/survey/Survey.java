package fr.resilience360.survey;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A survey of a territory: the questionnaire it was opened with and its public token.
 *
 * @param respondentSalt the secret salt of its respondent hashes (never shown)
 */
record Survey(
        long id,
        String territoryId,
        String template,
        Questionnaire questionnaire,
        String token,
        byte[] respondentSalt,
        String status,
        Instant opensAt,
        Instant closesAt,
        LocalDate retainUntil,
        boolean allowEdit,
        String createdBy) {

    /** Whether it takes answers at this instant: open, and within its dates. */
    boolean takesAnswersAt(Instant now) {
        return "ouverte".equals(status) && !now.isBefore(opensAt) && (closesAt == null || now.isBefore(closesAt));
    }
}
