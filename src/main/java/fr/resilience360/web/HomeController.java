package fr.resilience360.web;

import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritoryType;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    record Count(String label, long count) {}

    private final Territories territories;

    HomeController(Territories territories) {
        this.territories = territories;
    }

    @GetMapping("/")
    String home(Model model) {
        Map<TerritoryType, Long> counts = territories.countByType();
        model.addAttribute(
                "counts",
                List.of(
                        new Count("régions", counts.getOrDefault(TerritoryType.REGION, 0L)),
                        new Count("départements", counts.getOrDefault(TerritoryType.DEPARTEMENT, 0L)),
                        new Count("intercommunalités", counts.getOrDefault(TerritoryType.EPCI, 0L)),
                        new Count("communes", counts.getOrDefault(TerritoryType.COMMUNE, 0L))));
        return "home";
    }

    @GetMapping("/a-propos")
    String about() {
        return "about";
    }
}
