package fr.resilience360.report.portrait;

import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The portrait report of a territory: the page {@code /territoires/{id}/rapport} and its PDF
 * {@code /territoires/{id}/rapport.pdf}, both public (public data only: the same for every visitor).
 */
@Controller
class ReportController {

    static final String PDF = "application/pdf";

    private final Territories territories;
    private final PortraitReports reports;

    ReportController(Territories territories, PortraitReports reports) {
        this.territories = territories;
        this.reports = reports;
    }

    @GetMapping("/territoires/{id}/rapport")
    String page(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<TerritorySummary> territory = territories.find(id);
        if (territory.isEmpty()) return notFound(id, model, response);
        model.addAttribute("r", reports.report(territory.get()));
        return "report/rapport";
    }

    @GetMapping("/territoires/{id}/rapport.pdf")
    String pdf(@PathVariable String id, Model model, HttpServletResponse response) throws IOException {
        Optional<TerritorySummary> territory = territories.find(id);
        if (territory.isEmpty()) return notFound(id, model, response);
        byte[] pdf = reports.pdf(territory.get());
        response.setContentType(PDF);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, fileName(territory.get()));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
        return null;
    }

    static String fileName(TerritorySummary territory) {
        return ContentDisposition.attachment()
                .filename("portrait-" + territory.id() + ".pdf")
                .build()
                .toString();
    }

    private static String notFound(String id, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("code", id);
        return "error/404";
    }
}
