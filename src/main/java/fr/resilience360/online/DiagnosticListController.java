package fr.resilience360.online;

import fr.resilience360.account.Action;
import fr.resilience360.shared.UserInputException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A territory's online diagnostics: its published versions for everybody, its drafts for its members, and for its
 * editors the two ways to start one (pre-filled with open data, or from a filled workbook).
 */
@Controller
class DiagnosticListController {

    private final Territories territories;
    private final OnlineDiagnostics diagnostics;
    private final DiagnosticAccess access;
    private final WorkbookUploads uploads;
    private final CommuneGroupInput groups;

    DiagnosticListController(
            Territories territories,
            OnlineDiagnostics diagnostics,
            DiagnosticAccess access,
            WorkbookUploads uploads,
            CommuneGroupInput groups) {
        this.territories = territories;
        this.diagnostics = diagnostics;
        this.access = access;
        this.uploads = uploads;
        this.groups = groups;
    }

    @GetMapping("/territoires/{id}/diagnostics")
    String list(@PathVariable String id, Principal principal, Model model) {
        TerritorySummary territory = territory(id);
        boolean member = access.mayReadDrafts(principal, territory.id());
        model.addAttribute("territory", territory);
        model.addAttribute("published", diagnostics.published(territory.id()));
        model.addAttribute("drafts", member ? diagnostics.drafts(territory.id()) : List.of());
        model.addAttribute("member", member);
        model.addAttribute("signedIn", principal != null);
        model.addAttribute("mayStart", access.allows(principal, territory.id(), Action.EDIT_DIAGNOSTICS));
        return "online/list";
    }

    @PostMapping("/territoires/{id}/diagnostics")
    String start(@PathVariable String id, Principal principal) {
        TerritorySummary territory = startable(id, principal);
        return "redirect:/diagnostics/" + diagnostics.start(territory, principal.getName());
    }

    @PostMapping("/territoires/{id}/diagnostics/classeur")
    String importWorkbook(
            @PathVariable String id,
            @RequestParam(name = "fichier", required = false) MultipartFile file,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        TerritorySummary territory = startable(id, principal);
        try {
            long created = diagnostics.importWorkbook(territory, uploads.read(file), principal.getName());
            return "redirect:/diagnostics/" + created + "?importe";
        } catch (UserInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            return list(id, principal, model);
        }
    }

    /** A draft about a custom group of communes, owned by this territory; the form again with the reason if refused. */
    @PostMapping("/territoires/{id}/diagnostics/groupe")
    String startGroup(
            @PathVariable String id,
            @RequestParam(name = "nom", defaultValue = "") String name,
            @RequestParam(name = "communes", defaultValue = "") String codes,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        TerritorySummary territory = startable(id, principal);
        try {
            CommuneGroupInput.Group group = groups.fromText(name, codes);
            return "redirect:/diagnostics/" + diagnostics.startGroup(territory, group, principal.getName());
        } catch (UserInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("groupError", e.getMessage());
            model.addAttribute("groupName", name);
            model.addAttribute("groupCodes", codes);
            return list(id, principal, model);
        }
    }

    private TerritorySummary startable(String id, Principal principal) {
        TerritorySummary territory = territory(id);
        access.require(
                principal,
                territory.id(),
                Action.EDIT_DIAGNOSTICS,
                "Il faut être éditeur ou administrateur de " + territory.name() + " pour démarrer un diagnostic.");
        return territory;
    }

    private TerritorySummary territory(String id) {
        return territories
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Territoire inconnu : " + id));
    }
}
