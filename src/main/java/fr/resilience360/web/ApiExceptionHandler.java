package fr.resilience360.web;

import fr.resilience360.shared.BadParameterException;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.shared.TooManyRequestsException;
import fr.resilience360.shared.UserInputException;
import fr.resilience360.territory.AmbiguousTerritoryException;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.UnknownTerritoryException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one error mapping of every REST controller ({@code /api/v1}, present and future): every error is an RFC 9457
 * problem ({@code application/problem+json}) with a French title and detail, never a stack trace. A controller
 * throws {@link UnknownTerritoryException} / {@link AmbiguousTerritoryException} (from
 * {@code Territories.require}), {@link BadParameterException} for a value it cannot use, {@link NotFoundException} for what does not exist, or lets Spring reject a
 * missing or mistyped parameter; it never builds a problem itself. Pages keep their HTML error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler
    ProblemDetail unknownTerritory(UnknownTerritoryException e, HttpServletRequest request) {
        return FrenchProblems.at(
                FrenchProblems.problem(HttpStatus.NOT_FOUND, "Territoire inconnu", e.getMessage()), request);
    }

    @ExceptionHandler
    ProblemDetail ambiguousTerritory(AmbiguousTerritoryException e, HttpServletRequest request) {
        ProblemDetail problem =
                FrenchProblems.problem(HttpStatus.BAD_REQUEST, "Code de territoire ambigu", e.getMessage());
        problem.setProperty(
                "candidats", e.candidates().stream().map(TerritorySummary::id).toList());
        return FrenchProblems.at(problem, request);
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return FrenchProblems.at(FrenchProblems.problem(HttpStatus.NOT_FOUND, e.title(), e.getMessage()), request);
    }

    @ExceptionHandler
    ProblemDetail badParameter(BadParameterException e, HttpServletRequest request) {
        return FrenchProblems.at(FrenchProblems.badParameter(e.parameter(), e.getMessage()), request);
    }

    /** Each bad field of a submitted document, in the order the module gives them: 400, property {@code erreurs}. */
    @ExceptionHandler
    ProblemDetail invalidFields(InvalidFieldsException e, HttpServletRequest request) {
        ProblemDetail problem = FrenchProblems.problem(HttpStatus.BAD_REQUEST, "Champs invalides", e.getMessage());
        List<Map<String, String>> errors = e.fields().entrySet().stream()
                .map(f -> Map.of("champ", f.getKey(), "message", f.getValue()))
                .toList();
        problem.setProperty("erreurs", errors);
        return FrenchProblems.at(problem, request);
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
        return FrenchProblems.at(FrenchProblems.problem(HttpStatus.CONFLICT, e.title(), e.getMessage()), request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(FrenchProblems.at(
                        FrenchProblems.problem(HttpStatus.TOO_MANY_REQUESTS, "Trop de requêtes", e.getMessage()),
                        request));
    }

    /** Any other input the user can fix: 400 with its French message. */
    @ExceptionHandler
    ProblemDetail userInput(UserInputException e, HttpServletRequest request) {
        return FrenchProblems.at(
                FrenchProblems.problem(HttpStatus.BAD_REQUEST, "Requête invalide", e.getMessage()), request);
    }

    /** Refused by a permission check: 401 with a Bearer challenge when nobody is signed in, else 403. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e, HttpServletRequest request) {
        HttpStatus status = request.getUserPrincipal() == null ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        String detail = status == HttpStatus.UNAUTHORIZED
                ? "Authentifiez-vous (jeton d'API dans l'en-tête « Authorization: Bearer … », ou session) : "
                        + e.getMessage()
                : e.getMessage();
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (status == HttpStatus.UNAUTHORIZED) response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return response.body(FrenchProblems.at(
                FrenchProblems.problem(status, FrenchProblems.title(status.value()), detail), request));
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Erreur inattendue dans l'API", e);
        return FrenchProblems.at(
                FrenchProblems.problem(
                        HttpStatus.INTERNAL_SERVER_ERROR, FrenchProblems.title(500), FrenchProblems.detail(500)),
                request);
    }

    /** Spring MVC's own errors (missing or mistyped parameter, wrong method…) in French. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = FrenchProblems.of(e, status);
        FrenchProblems.at(problem, ((ServletWebRequest) request).getRequest());
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }
}
