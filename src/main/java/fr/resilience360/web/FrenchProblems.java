package fr.resilience360.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriUtils;

/**
 * The French wording of errors: RFC 9457 problems for the API, the same titles for the error pages. Spring's own
 * messages are English and name Java types; clients of an open-data API in French get French.
 */
final class FrenchProblems {

    /** Extension member naming the offending request parameter, for clients that point at the form field. */
    static final String PARAMETER = "parametre";

    /** Detail of a request refused for its address, by Tomcat or by Spring Security's firewall. */
    static final String REJECTED_ADDRESS = "L'adresse demandée est mal formée ou contient un caractère interdit "
            + "(barre oblique ou caractère nul encodés, point-virgule, séquence « % » invalide…). Vérifiez-la.";

    private FrenchProblems() {}

    static ProblemDetail problem(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /**
     * Names the address in the problem's {@code instance}. Spring would otherwise do it with {@code URI.create} and
     * fail on the characters Tomcat lets through ({@code server.tomcat.relaxed-path-chars}), turning a 404 into a 500.
     */
    static ProblemDetail at(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getInstance() == null) problem.setInstance(instance(request.getRequestURI()));
        return problem;
    }

    /** The address as a URI, its illegal characters percent-encoded; null when it cannot be one. */
    static URI instance(String rawPath) {
        if (rawPath == null) return null;
        try {
            return URI.create(rawPath);
        } catch (IllegalArgumentException e) {
            try {
                return new URI(null, null, UriUtils.decode(rawPath, StandardCharsets.UTF_8), null);
            } catch (URISyntaxException | IllegalArgumentException unreadable) {
                return null;
            }
        }
    }

    static ProblemDetail badParameter(String parameter, String detail) {
        ProblemDetail problem = problem(org.springframework.http.HttpStatus.BAD_REQUEST, "Paramètre invalide", detail);
        problem.setProperty(PARAMETER, parameter);
        return problem;
    }

    /** The problem for one of Spring MVC's exceptions, in French. */
    static ProblemDetail of(Exception e, HttpStatusCode status) {
        if (e instanceof MissingServletRequestParameterException missing) {
            return badParameter(
                    missing.getParameterName(), "Le paramètre « " + missing.getParameterName() + " » est obligatoire.");
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return badParameter(
                    mismatch.getName(),
                    "Le paramètre « " + mismatch.getName() + " » a une valeur invalide : « " + mismatch.getValue()
                            + " »" + expected(mismatch) + ".");
        }
        return problem(status, title(status.value()), detail(e, status.value()));
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Requête invalide";
            case 401 -> "Authentification requise";
            case 403 -> "Accès refusé";
            case 404 -> "Ressource introuvable";
            case 405 -> "Méthode non autorisée";
            case 406 -> "Format non disponible";
            case 409 -> "Conflit de modification";
            case 413 -> "Requête trop volumineuse";
            case 415 -> "Type de contenu non pris en charge";
            case 428 -> "En-tête If-Match requis";
            case 503 -> "Service momentanément indisponible";
            default -> status >= 500 ? "Erreur interne" : "Requête impossible";
        };
    }

    /** A sentence for any status, when the exception says nothing the user can act on. */
    static String detail(int status) {
        if (status == 404) return "Aucune ressource n'existe à cette adresse.";
        if (status == 401)
            return "Authentifiez-vous : connectez-vous, ou envoyez le jeton d'API d'un compte qui y a droit (en-tête "
                    + "« Authorization: Bearer … »).";
        if (status == 403) return "Vous n'avez pas le droit d'ouvrir cette page avec ce compte.";
        if (status >= 500) {
            return "Le serveur n'a pas pu traiter la demande. Réessayez dans un instant ; si l'erreur persiste, "
                    + "signalez-la.";
        }
        return "La demande n'a pas pu être traitée : vérifiez l'adresse et les paramètres.";
    }

    private static String detail(Exception e, int status) {
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return "La méthode " + method.getMethod() + " n'est pas acceptée à cette adresse (acceptée : "
                    + String.join(
                            ", ", method.getSupportedMethods() == null ? new String[0] : method.getSupportedMethods())
                    + ").";
        }
        if (e instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
            return "Aucun des formats demandés (en-tête Accept) n'est disponible ; formats proposés : "
                    + notAcceptable.getSupportedMediaTypes().stream()
                            .map(Object::toString)
                            .collect(Collectors.joining(", "))
                    + ".";
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return "Le type de contenu envoyé (en-tête Content-Type) n'est pas pris en charge.";
        }
        if (e instanceof HttpMessageNotReadableException) return "Le corps de la requête est illisible.";
        if (e instanceof TypeMismatchException mismatch) {
            return "La valeur « " + mismatch.getValue() + " » est invalide.";
        }
        return detail(status);
    }

    private static String expected(TypeMismatchException mismatch) {
        Class<?> type = mismatch.getRequiredType();
        if (type == null) return "";
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return " (nombre entier attendu)";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) return " (nombre attendu)";
        return "";
    }
}
