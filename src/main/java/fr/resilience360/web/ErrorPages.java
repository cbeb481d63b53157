package fr.resilience360.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page of every request the application rejects outside a controller's own handling: a request refused by
 * Spring Security's firewall (« ; », encoded « % »…), an address no controller serves, an exception a page did not
 * handle. Under {@code /api/} a French RFC 9457 problem, elsewhere the French error page. Replaces Spring Boot's
 * English {@code BasicErrorController}. What Tomcat rejects before the application is {@link FrenchErrorReportValve}'s.
 */
@Controller
class ErrorPages implements ErrorController {

    /** Set by {@link SecurityConfiguration} when Spring Security's firewall refuses the request's address. */
    static final String REJECTED = ErrorPages.class.getName() + ".REJECTED";

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        String detail = request.getAttribute(REJECTED) != null
                ? FrenchProblems.REJECTED_ADDRESS
                : FrenchProblems.detail(status.value());
        if (isApi(request)) {
            ProblemDetail problem = FrenchProblems.problem(status, FrenchProblems.title(status.value()), detail);
            problem.setInstance(
                    FrenchProblems.instance((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        String view = status.value() == 404 ? "error/404" : "error";
        Map<String, Object> model = request.getAttribute(REJECTED) != null
                ? Map.of("status", status.value(), "detail", detail)
                : refusal(status.value(), detail);
        return new ModelAndView(view, model, status);
    }

    /** A refusal (401, 403: the administration pages, the metrics) says so and why; another status, only itself. */
    private static Map<String, Object> refusal(int status, String detail) {
        return status == 401 || status == 403
                ? Map.of("status", status, "title", FrenchProblems.title(status), "detail", detail)
                : Map.of("status", status);
    }

    static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value && value >= 400
                ? HttpStatusCode.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
