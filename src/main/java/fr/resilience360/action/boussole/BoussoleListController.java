package fr.resilience360.action.boussole;

import fr.resilience360.online.Rights;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A territory's Boussole assessments ({@code /territoires/{id}/boussole}): the list with each principle's coverage for
 * its members, deletion for its editors ({@link BoussoleAccess}).
 */
@Controller
class BoussoleListController {

    private final Territories territories;
    private final BoussoleAssessments assessments;
    private final BoussoleAccess access;

    BoussoleListController(Territories territories, BoussoleAssessments assessments, BoussoleAccess access) {
        this.territories = territories;
        this.assessments = assessments;
        this.access = access;
    }

    /** An assessment in the list, with each principle's coverage. */
    public record Row(Assessment assessment, List<BoussoleReading.Coverage> coverage) {

        /** The points of a small radar (60 × 60, principle 1 at the top, then anticlockwise as the big one). */
        public String thumbnail() {
            return radarPoints(
                    coverage.stream().map(BoussoleReading.Coverage::share).toList());
        }

        /** The outline of the radar's edge (every principle fully covered). */
        public String outline() {
            return radarPoints(coverage.stream().map(c -> 1.0).toList());
        }

        private static String radarPoints(List<Double> shares) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < shares.size(); i++) {
                double angle = Math.toRadians(-90 - 60 * i);
                double r = 26 * shares.get(i);
                points.append(String.format(
                        java.util.Locale.ROOT, "%.1f,%.1f ", 30 + r * Math.cos(angle), 30 + r * Math.sin(angle)));
            }
            return points.toString().strip();
        }
    }

    @GetMapping("/territoires/{id}/boussole")
    String list(@PathVariable String id, Principal principal, Model model) {
        TerritorySummary territory = territory(territories, id);
        Rights rights = access.reader(principal, territory.id(), true);
        model.addAttribute("territory", territory);
        model.addAttribute(
                "assessments",
                assessments.of(territory).stream()
                        .map(a -> new Row(a, BoussoleReading.coverage(a.grid())))
                        .toList());
        model.addAttribute("principles", BoussolePages.principles());
        model.addAttribute("mayCreate", BoussoleAccess.mayCreate(rights));
        model.addAttribute("mayDelete", BoussoleAccess.mayDelete(rights));
        return "action/boussole-list";
    }

    @PostMapping("/territoires/{id}/boussole/{assessment}/suppression")
    String delete(@PathVariable String id, @PathVariable long assessment, Principal principal) {
        TerritorySummary territory = territory(territories, id);
        access.deleter(principal, territory.id(), true);
        assessments.delete(assessment(assessments, territory, assessment));
        return "redirect:/territoires/" + territory.id() + "/boussole?supprime";
    }

    static TerritorySummary territory(Territories territories, String id) {
        return territories
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Territoire inconnu : " + id));
    }

    /** For a page: 404 as a page when the assessment is not this territory's. */
    static Assessment assessment(BoussoleAssessments assessments, TerritorySummary territory, long id) {
        try {
            return assessments.require(territory, id);
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
