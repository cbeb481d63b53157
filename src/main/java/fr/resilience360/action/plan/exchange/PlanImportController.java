package fr.resilience360.action.plan.exchange;

import fr.resilience360.action.plan.PlanAccess;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.shared.UserInputException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /territoires/{id}/plan/import}: the form of the plan page (file, « Vérifier seulement », « Remplacer le
 * contenu du plan ») for its editors; the results page lists every problem, or what would be or was imported, and
 * after a clean check offers to import the same file (sent back in base64: nothing is kept on the server).
 */
@Controller
class PlanImportController {

    private final Territories territories;
    private final PlanAccess access;
    private final PlanImports imports;

    PlanImportController(Territories territories, PlanAccess access, PlanImports imports) {
        this.territories = territories;
        this.access = access;
        this.imports = imports;
    }

    @PostMapping("/territoires/{id}/plan/import")
    String importFile(
            @PathVariable String id,
            @RequestParam(name = "fichier", required = false) MultipartFile file,
            @RequestParam(name = "contenu", defaultValue = "") String content,
            @RequestParam(name = "verifier", defaultValue = "") String verify,
            @RequestParam(name = "remplacer", defaultValue = "") String replace,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        TerritorySummary territory = territories
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Territoire inconnu : " + id));
        access.editor(principal, territory.id(), true);
        model.addAttribute("territory", territory);
        model.addAttribute("replace", PlanUploads.yes(replace));
        try {
            byte[] bytes = PlanUploads.bytes(file, content);
            var report = imports.run(
                    territory, bytes, PlanUploads.yes(verify), PlanUploads.yes(replace), principal.getName());
            model.addAttribute("report", report);
            model.addAttribute("content", Base64.getEncoder().encodeToString(bytes));
            if (!report.ok() && !report.dryRun()) response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (UserInputException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("error", e.getMessage());
        }
        return "action/plan-import";
    }
}
