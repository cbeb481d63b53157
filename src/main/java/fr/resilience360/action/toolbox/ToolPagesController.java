package fr.resilience360.action.toolbox;

import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of the toolbox: {@code /outils}, the tools by phase with filters by phase, public, duration and
 * words; {@code /outils/{id}}, a tool's fiche, whose territory links are completed when a territory's code is given
 * ({@code ?territoire=}). Same data as {@code /api/v1/outils}.
 */
@Controller
class ToolPagesController {

    private final Toolbox toolbox;
    private final Territories territories;

    ToolPagesController(Toolbox toolbox, Territories territories) {
        this.toolbox = toolbox;
        this.territories = territories;
    }

    @GetMapping("/outils")
    String list(
            @RequestParam(name = "phase", required = false) String phase,
            @RequestParam(name = "public", required = false) String audience,
            @RequestParam(name = "duree", required = false) String duration,
            @RequestParam(name = "q", required = false) String text,
            Model model) {
        ToolFilter filter = ToolFilter.parse(phase, audience, duration, text);
        var tools = toolbox.filter(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("count", tools.size());
        model.addAttribute("total", toolbox.tools().size());
        model.addAttribute("byPhase", toolbox.byPhase(tools));
        model.addAttribute("phases", Phase.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("durations", ToolDuration.values());
        model.addAttribute(
                "suggested", Parcours.SUGGESTED.stream().map(toolbox::require).toList());
        return "action/toolbox-list";
    }

    @GetMapping("/outils/{id}")
    String fiche(
            @PathVariable String id,
            @RequestParam(name = "territoire", required = false) String code,
            Model model,
            HttpServletResponse response) {
        Tool tool = toolbox.require(id);
        Optional<TerritorySummary> territory =
                code == null || code.isBlank() ? Optional.empty() : territories.find(code.strip());
        if (code != null && !code.isBlank() && territory.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("territoryError", "Territoire : aucun territoire n'a le code « " + code.strip() + " ».");
        }
        model.addAttribute("tool", tool);
        model.addAttribute("territory", territory.orElse(null));
        model.addAttribute("code", code == null ? "" : code.strip());
        model.addAttribute(
                "needNames", tool.needs().stream().map(toolbox::needName).toList());
        return "action/toolbox-fiche";
    }
}
