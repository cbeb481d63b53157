package fr.resilience360.action.plan.exchange;

import fr.resilience360.action.plan.PlanAccess;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** {@code /territoires/{id}/plan/export.xlsx|csv|pdf}: the plan's downloads for the territory's members. */
@Controller
class PlanExportController {

    private final Territories territories;
    private final PlanAccess access;
    private final PlanExports exports;

    PlanExportController(Territories territories, PlanAccess access, PlanExports exports) {
        this.territories = territories;
        this.access = access;
        this.exports = exports;
    }

    @GetMapping("/territoires/{id}/plan/export.xlsx")
    void xlsx(@PathVariable String id, Principal principal, HttpServletResponse response) throws IOException {
        exports.xlsx(readable(id, principal), response);
    }

    @GetMapping("/territoires/{id}/plan/export.csv")
    void csv(@PathVariable String id, Principal principal, HttpServletResponse response) throws IOException {
        exports.csv(readable(id, principal), response);
    }

    @GetMapping("/territoires/{id}/plan/export.pdf")
    void pdf(@PathVariable String id, Principal principal, HttpServletResponse response) throws IOException {
        exports.pdf(readable(id, principal), response);
    }

    private TerritorySummary readable(String id, Principal principal) {
        TerritorySummary territory = territories
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Territoire inconnu : " + id));
        access.reader(principal, territory.id(), true);
        return territory;
    }
}
