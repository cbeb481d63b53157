package fr.resilience360.action.recommendation;

import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The recommendations page of a territory: public, like the API; the plan's marks for members only. */
@Controller
class RecommendationPageController {

    private final Territories territories;
    private final Recommendations recommendations;
    private final PlanMarks marks;

    RecommendationPageController(Territories territories, Recommendations recommendations, PlanMarks marks) {
        this.territories = territories;
        this.recommendations = recommendations;
        this.marks = marks;
    }

    @GetMapping("/territoires/{id}/recommandations")
    String page(
            @PathVariable String id,
            @RequestParam(name = "besoin", required = false) String besoin,
            @RequestParam(name = "limite", required = false) String limite,
            Model model,
            HttpServletResponse response) {
        Optional<TerritorySummary> territory = territories.find(id);
        if (territory.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("code", id);
            return "error/404";
        }
        var page = RecommendationPage.of(
                recommendations.of(territory.get()),
                besoin,
                limite,
                marks.planned(territory.get().id()));
        if (page.error() != null) response.setStatus(400);
        model.addAttribute("p", page);
        return "action/recommendation-page";
    }
}
