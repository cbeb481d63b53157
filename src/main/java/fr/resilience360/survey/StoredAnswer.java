package fr.resilience360.survey;

import java.time.Instant;
import java.util.Map;

/**
 * A stored response as the synthesis and the exports read it: never its respondent or idempotency hash.
 *
 * @param source {@code web} or {@code papier}
 * @param sheetCode the code printed on a paper sheet; null for a web answer
 * @param enteredBy the volunteer who typed a paper answer in; null for a web answer
 * @param answers question code → value (a number, a string, or a list for a multiple choice and a ranking)
 */
record StoredAnswer(
        long id, Instant receivedAt, String source, String sheetCode, String enteredBy, Map<String, Object> answers) {}
