package fr.resilience360.action.boussole;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.BoussolePrinciple;
import fr.resilience360.action.Catalogue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every grid page shows: the 6 principles and their levers with the form's answers, and, for a complete grid,
 * the coverage of each principle (radar and table) and the levers to strengthen with the catalogue actions serving
 * them.
 */
@Component
class BoussolePages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A principle and its three levers, in the Boussole's order. */
    public record Principle(BoussolePrinciple principle, List<BoussoleLever> levers) {}

    /** What a complete grid says, by our reading convention ({@link BoussoleReading}). */
    public record Results(
            List<BoussoleReading.Coverage> coverage, String radarJson, List<BoussoleReading.Suggestion> suggestions) {}

    private final Catalogue catalogue;

    BoussolePages(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The grid, filled as the form says; the results when the grid is complete (null: not shown). */
    void grid(Model model, BoussoleForm form, Grid grid, Map<String, String> errors) {
        model.addAttribute("principles", principles());
        model.addAttribute("answers", LeverAnswer.values());
        model.addAttribute("kinds", SubjectKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("convention", BoussoleJson.CONVENTION);
        model.addAttribute("results", grid == null ? null : results(grid));
    }

    Results results(Grid grid) {
        List<BoussoleReading.Coverage> coverage = BoussoleReading.coverage(grid);
        return new Results(coverage, radarJson(coverage), BoussoleReading.suggestions(grid, catalogue::serving));
    }

    static List<Principle> principles() {
        return Arrays.stream(BoussolePrinciple.values())
                .map(p -> new Principle(p, BoussoleLever.of(p)))
                .toList();
    }

    private static String radarJson(List<BoussoleReading.Coverage> coverage) {
        return JSON.writeValueAsString(coverage.stream()
                .map(c -> Map.of(
                        "principe",
                        c.principle().number() + ". " + c.principle().label(),
                        "part",
                        c.share()))
                .toList());
    }
}
