package fr.resilience360.action.plan.exchange;

import fr.resilience360.action.plan.PlanAccess;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/territoires/{code}/plan.xlsx|csv}: the plan's downloads for the territory's members. */
@RestController
@Tag(name = "Plans d'action")
class PlanExportApiController {

    private final Territories territories;
    private final PlanAccess access;
    private final PlanExports exports;

    PlanExportApiController(Territories territories, PlanAccess access, PlanExports exports) {
        this.territories = territories;
        this.access = access;
        this.exports = exports;
    }

    @Operation(summary = "Le plan d'action en classeur XLSX, réimportable (membres)")
    @GetMapping("/api/v1/territoires/{code}/plan.xlsx")
    void xlsx(@PathVariable String code, Principal principal, HttpServletResponse response) throws IOException {
        exports.xlsx(readable(code, principal), response);
    }

    @Operation(summary = "Les actions du plan en CSV (« ; », UTF-8 avec BOM, colonnes stables ; membres)")
    @GetMapping("/api/v1/territoires/{code}/plan.csv")
    void csv(@PathVariable String code, Principal principal, HttpServletResponse response) throws IOException {
        exports.csv(readable(code, principal), response);
    }

    private TerritorySummary readable(String code, Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.reader(principal, territory.id(), false);
        return territory;
    }
}
