package fr.resilience360.action.plan.exchange;

import fr.resilience360.action.plan.PlanAccess;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/territoires/{code}/plan/import}: a plan's workbook imported, or only checked, by an editor. */
@RestController
@Tag(name = "Plans d'action")
class PlanImportApiController {

    private final Territories territories;
    private final PlanAccess access;
    private final PlanImports imports;

    PlanImportApiController(Territories territories, PlanAccess access, PlanImports imports) {
        this.territories = territories;
        this.access = access;
        this.imports = imports;
    }

    @Operation(
            summary = "Importe un classeur XLSX de plan, tout ou rien (éditeur ou administrateur)",
            description = "Multipart, champ « fichier ». verifier=oui : vérification seule, rien n'est gardé."
                    + " remplacer=oui : obligatoire quand le plan a déjà des actions (409 sinon), elles sont"
                    + " remplacées. 200 avec le compte rendu ; 400 avec la liste des erreurs si l'import échoue.")
    @PostMapping(path = "/api/v1/territoires/{code}/plan/import", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> importFile(
            @PathVariable String code,
            @RequestParam(name = "fichier", required = false) MultipartFile file,
            @RequestParam(name = "verifier", defaultValue = "") String verify,
            @RequestParam(name = "remplacer", defaultValue = "") String replace,
            Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.editor(principal, territory.id(), false);
        var report = imports.run(
                territory,
                PlanUploads.bytes(file, null),
                PlanUploads.yes(verify),
                PlanUploads.yes(replace),
                principal.getName());
        boolean failed = !report.ok() && !report.dryRun();
        return ResponseEntity.status(failed ? 400 : 200).body(PlanUploads.json(report));
    }
}
