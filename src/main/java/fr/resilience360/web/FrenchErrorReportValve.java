package fr.resilience360.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's report for the requests it rejects before the application sees them (an encoded slash {@code %2F}, a null
 * byte {@code %00}, a malformed escape {@code %zz}, a character not allowed in a URL even by
 * {@code server.tomcat.relaxed-path-chars}): the product's French error page, or a French RFC 9457 problem under
 * {@code /api/}, instead of Tomcat's English page. Static text: neither Spring nor the templates run for such
 * requests. When the request line itself is unreadable (a {@code "} or a space in the address), the path is unknown
 * and the page is sent.
 */
class FrenchErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) return;
        // null when Tomcat could not read the request line at all: the page, as the client's wishes are unknown too
        String uri = request.getCoyoteRequest().requestURI().toString();
        boolean api = uri != null && uri.startsWith("/api/");
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setLocale(Locale.FRENCH);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer == null) return;
            writer.write(api ? problem(status) : page(status));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was taken over: nothing left to tell it
        }
    }

    static String detail(int status) {
        return status == 400 ? FrenchProblems.REJECTED_ADDRESS : FrenchProblems.detail(status);
    }

    static String problem(int status) {
        return "{\"type\":\"about:blank\",\"title\":\"" + FrenchProblems.title(status) + "\",\"status\":" + status
                + ",\"detail\":\"" + detail(status).replace("\"", "\\\"") + "\"}";
    }

    static String page(int status) {
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Erreur — Résilience 360</title><link rel="stylesheet" href="/assets/css/app.css"></head>
                <body>
                <div class="site-header-wrap"><header class="site-header" role="banner">
                <a class="brand" href="/" aria-label="Résilience 360 — accueil"><span class="brand-mark" aria-hidden="true">360°</span>
                <span class="brand-name">Résilience 360</span></a></header></div>
                <main id="contenu" class="error-page">
                <p class="error-code">Erreur %d</p>
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="/">Revenir à l'accueil</a> ou <a href="/recherche">rechercher un territoire</a>.</p>
                </main>
                </body>
                </html>
                """.formatted(
                        status,
                        HtmlUtils.htmlEscape(FrenchProblems.title(status), "UTF-8"),
                        HtmlUtils.htmlEscape(detail(status), "UTF-8"));
    }
}
