package fr.resilience360.report;

import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** The pre-filled Diagnostic 360° of a territory, as a page and as a Diag360 workbook to download. */
@Controller
class PortraitController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Territories territories;
    private final TerritoryPortraits portraits;

    PortraitController(Territories territories, TerritoryPortraits portraits) {
        this.territories = territories;
        this.portraits = portraits;
    }

    @GetMapping("/territoires/{id}/diagnostic")
    String portrait(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<TerritorySummary> territory = territories.find(id);
        if (territory.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("code", id);
            return "error/404";
        }
        Portrait portrait = portraits.portrait(territory.get());
        model.addAttribute("p", portrait);
        model.addAttribute(
                "radarJson",
                JSON.writeValueAsString(portrait.needs().stream()
                        .map(n -> Map.of(
                                "besoin",
                                n.need().name(),
                                "score",
                                n.score().score() == null ? "-" : n.score().score()))
                        .toList()));
        return "report/portrait";
    }

    @GetMapping("/territoires/{id}/diagnostic.xlsx")
    void workbook(@PathVariable String id, HttpServletResponse response) throws IOException {
        Optional<TerritorySummary> territory = territories.find(id);
        if (territory.isEmpty()) {
            response.sendError(404);
            return;
        }
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("diag360-" + territory.get().code() + ".xlsx")
                        .build()
                        .toString());
        portraits.writeWorkbook(territory.get(), response.getOutputStream());
    }
}
