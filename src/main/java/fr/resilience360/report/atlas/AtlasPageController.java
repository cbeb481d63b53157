package fr.resilience360.report.atlas;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page « Cartes de France »: every choice in the URL, so that a map can be shared. */
@Controller
class AtlasPageController {

    private final AtlasPage page;

    AtlasPageController(AtlasPage page) {
        this.page = page;
    }

    @GetMapping("/cartes")
    String atlas(
            @RequestParam(required = false) String variable,
            @RequestParam(required = false) String niveau,
            @RequestParam(required = false) String annee,
            @RequestParam(required = false) String horizon,
            @RequestParam(defaultValue = "valeur-desc") String tri,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(required = false) String departement,
            Model model) {
        model.addAllAttributes(
                this.page.model(new AtlasPage.Query(variable, niveau, annee, horizon, tri, page, departement)));
        return "report/atlas";
    }
}
