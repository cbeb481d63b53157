package fr.resilience360.survey;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Answering a survey by its public link: 201 the first time, 200 with the same id on a replay. */
@RestController
@Tag(name = "Enquêtes")
class ResponseApiController {

    static final String RESPONDENT_KEY = "X-Respondent-Key";

    private final Responses responses;
    private final SubmissionLimiter limiter;

    ResponseApiController(Responses responses, SubmissionLimiter limiter) {
        this.responses = responses;
        this.limiter = limiter;
    }

    /** The body: the answers by question code, and the field a person leaves empty (bots fill it in). */
    record AnswerBody(
            Map<String, Object> reponses,
            @JsonProperty("site_web") String honeypot) {}

    @Operation(
            summary = "Enregistre une réponse (en-tête Idempotency-Key obligatoire, X-Respondent-Key facultatif) :"
                    + " 201 la première fois, 200 avec le même identifiant quand la même clé est renvoyée")
    @PostMapping("/api/v1/enquetes/{token}/reponses")
    ResponseEntity<Map<String, Long>> answer(
            @PathVariable String token,
            @RequestBody AnswerBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestHeader(name = RESPONDENT_KEY, required = false) String respondentKey,
            HttpServletRequest request) {
        limiter.admit(respondentKey != null && !respondentKey.isBlank() ? respondentKey : request.getRemoteAddr());
        Receipt receipt = responses.submit(
                token, new Responses.Submission(body.reponses(), body.honeypot(), idempotencyKey, respondentKey));
        return ResponseEntity.status(receipt.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("id", receipt.id()));
    }
}
