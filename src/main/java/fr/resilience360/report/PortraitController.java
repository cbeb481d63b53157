package fr.resilience360.report;

import fr.resilience360.comparison.Comparison;
import fr.resilience360.comparison.ReferenceScores;
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
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pre-filled Diagnostic 360° of a territory, as a page (with its need scores beside similar territories' and a
 * reference territory's) and as a Diag360 workbook to download.
 */
@Controller
class PortraitController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Territories territories;
    private final TerritoryPortraits portraits;
    private final ReferenceScores referenceScores;

    PortraitController(Territories territories, TerritoryPortraits portraits, ReferenceScores referenceScores) {
        this.territories = territories;
        this.portraits = portraits;
        this.referenceScores = referenceScores;
    }

    @GetMapping("/territoires/{id}/diagnostic")
    String portrait(
            @PathVariable String id,
            @RequestParam(required = false) String reference,
            Model model,
            HttpServletResponse response) {
        Optional<TerritorySummary> territory = territories.find(id);
        if (territory.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("code", id);
            return "error/404";
        }
        Portrait portrait = portraits.portrait(territory.get());
        Comparison comparison = Comparison.of(
                territory.get().id(),
                portrait.needNames(),
                portrait.needScores(),
                referenceScores,
                territories,
                reference);
        model.addAttribute("p", portrait);
        model.addAttribute("c", comparison);
        model.addAttribute("radarJson", JSON.writeValueAsString(comparison.radar(portrait.needCategories())));
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
