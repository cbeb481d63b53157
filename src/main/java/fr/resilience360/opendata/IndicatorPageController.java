package fr.resilience360.opendata;

import fr.resilience360.observatory.ActorType;
import fr.resilience360.observatory.Dataset;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.Observatory;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The observatory's pages: catalogue of indicators, and one page per indicator with map, distribution, ranking. */
@Controller
class IndicatorPageController {

    static final Map<String, String> THEMES = Map.of(
            "sante", "Santé",
            "population_logement_revenus", "Population, logement et revenus",
            "environnement", "Environnement",
            "risques", "Risques",
            "equipements", "Équipements",
            "climat", "Climat futur",
            "vie_civique", "Vie civique",
            "securite", "Sécurité",
            "enquetes", "Enquêtes partagées par le territoire (déclaré)");

    static final Map<String, String> LEVEL_LABELS = Map.of(
            "commune", "Communes", "epci", "Intercommunalités", "departement", "Départements", "region", "Régions");

    private final Observatory observatory;
    private final IndicatorPages pages;

    IndicatorPageController(Observatory observatory, IndicatorPages pages) {
        this.observatory = observatory;
        this.pages = pages;
    }

    @GetMapping("/indicateurs")
    String catalogue(@RequestParam(required = false) String acteur, Model model) {
        Map<String, Dataset> datasets = observatory.datasetsById();
        ActorType actor = acteur == null ? null : ActorType.fromCodeOrNull(acteur);
        Map<String, List<Indicator>> byTheme = observatory.indicators().stream()
                .filter(i -> actor == null || i.actorType() == actor)
                .collect(Collectors.groupingBy(Indicator::theme, TreeMap::new, Collectors.toList()));
        model.addAttribute("actors", ActorType.values());
        model.addAttribute("actor", actor);
        model.addAttribute("unknownActor", actor == null && acteur != null && !acteur.isBlank() ? acteur : null);
        model.addAttribute("themes", byTheme);
        model.addAttribute("themeLabels", THEMES);
        model.addAttribute("datasets", datasets);
        return "opendata/catalogue";
    }

    @GetMapping("/indicateurs/{id}")
    String indicator(
            @PathVariable String id,
            @RequestParam(required = false) String niveau,
            @RequestParam(required = false) String annee,
            Model model,
            HttpServletResponse response) {
        Optional<Map<String, Object>> page = pages.model(id, niveau, annee);
        if (page.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("message", "Aucun indicateur de l’observatoire n’a l’identifiant « " + id + " ».");
            return "error/404";
        }
        model.addAllAttributes(page.get());
        model.addAttribute("levelLabels", LEVEL_LABELS);
        model.addAttribute("themeLabels", THEMES);
        return "opendata/indicator";
    }
}
