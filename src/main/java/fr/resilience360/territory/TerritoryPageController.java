package fr.resilience360.territory;

import fr.resilience360.territory.typology.TerritoryTypologies;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Search page (with its htmx suggestions) and territory pages. */
@Controller
class TerritoryPageController {

    private static final int PAGE_RESULTS = 50;
    private static final int SUGGESTIONS = 8;
    private static final int COMPARABLES = 6;

    private final Territories territories;
    private final TerritoryTypologies typologies;

    TerritoryPageController(Territories territories, TerritoryTypologies typologies) {
        this.territories = territories;
        this.typologies = typologies;
    }

    @GetMapping("/recherche")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String type,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        TerritoryType territoryType =
                type == null ? null : TerritoryType.fromCode(type).orElse(null);
        model.addAttribute("query", q);
        model.addAttribute("type", territoryType);
        model.addAttribute("types", List.of(TerritoryType.values()));
        model.addAttribute("results", territories.search(q, territoryType, PAGE_RESULTS));
        model.addAttribute("limit", PAGE_RESULTS);
        return htmx != null ? "territory/results :: results" : "territory/search";
    }

    @GetMapping("/recherche/suggestions")
    String suggestions(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("query", q);
        model.addAttribute("results", territories.search(q, null, SUGGESTIONS));
        model.addAttribute("limit", SUGGESTIONS);
        return "territory/results :: results";
    }

    @GetMapping("/territoires/{code}")
    String territory(@PathVariable String code, Model model) {
        TerritorySummary found = territories.require(code);
        if (!found.id().equals(code)) return "redirect:/territoires/" + found.id();
        TerritoryDetail detail = territories.detail(code).orElseThrow();
        model.addAttribute("t", detail);
        model.addAttribute("natureLabel", natureLabel(detail.territory()));
        model.addAttribute(
                "membersLabel",
                Territories.memberType(detail.type())
                        .map(TerritoryPageController::plural)
                        .orElse(""));
        model.addAttribute("typology", typologies.section(code, COMPARABLES).orElse(null));
        return "territory/territory";
    }

    @ExceptionHandler
    ModelAndView unknown(UnknownTerritoryException e) {
        return new ModelAndView("error/404", Map.of("code", e.code()), HttpStatus.NOT_FOUND);
    }

    /** 300 Multiple Choices: the page lists the territories sharing the code. */
    @ExceptionHandler
    ModelAndView ambiguous(AmbiguousTerritoryException e) {
        return new ModelAndView(
                "territory/ambiguous",
                Map.of("code", e.code(), "candidates", e.candidates()),
                HttpStatus.MULTIPLE_CHOICES);
    }

    private static String plural(TerritoryType type) {
        return switch (type) {
            case REGION -> "Régions";
            case DEPARTEMENT -> "Départements";
            case COMMUNE -> "Communes";
            case EPCI -> "Intercommunalités";
            case PAYS -> "Pays";
        };
    }

    /** "Communauté d'agglomération" rather than "CA": the EPCI's legal nature as users know it. */
    static String natureLabel(TerritorySummary t) {
        return switch (t.nature()) {
            case "CC" -> "Communauté de communes";
            case "CA" -> "Communauté d'agglomération";
            case "CU" -> "Communauté urbaine";
            case "METRO" -> "Métropole";
            case "MET69" -> "Métropole de Lyon";
            default -> t.type().label();
        };
    }
}
