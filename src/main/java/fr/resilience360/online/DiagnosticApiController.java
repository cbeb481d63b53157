package fr.resilience360.online;

import fr.resilience360.account.Action;
import fr.resilience360.diagnostic.workbook.WorkbookAnswers;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The diagnostics API: a territory's published diagnostics, one diagnostic with its values and scores, starting a
 * pre-filled draft and importing a workbook into a draft. Setting one value is {@link RowApiController}'s.
 */
@RestController
@Tag(name = "Diagnostics", description = "Diagnostics 360° en ligne : brouillons, versions publiées, valeurs et notes")
class DiagnosticApiController {

    private final Territories territories;
    private final OnlineDiagnostics diagnostics;
    private final DiagnosticScores scores;
    private final DiagnosticAccess access;
    private final RowEdits edits;
    private final WorkbookUploads uploads;
    private final CommuneGroupInput groups;

    DiagnosticApiController(
            Territories territories,
            OnlineDiagnostics diagnostics,
            DiagnosticScores scores,
            DiagnosticAccess access,
            RowEdits edits,
            WorkbookUploads uploads,
            CommuneGroupInput groups) {
        this.territories = territories;
        this.diagnostics = diagnostics;
        this.scores = scores;
        this.access = access;
        this.edits = edits;
        this.uploads = uploads;
        this.groups = groups;
    }

    /** The optional body of a start: a custom group of communes ({@code {"groupe":{"nom":…,"communes":[…]}}}). */
    record StartBody(Group groupe) {

        record Group(String nom, List<String> communes) {}
    }

    @Operation(summary = "Les diagnostics publiés d'un territoire (liste vide s'il n'y en a pas)")
    @GetMapping("/api/v1/territoires/{code}/diagnostics")
    List<Map<String, Object>> published(@PathVariable String code) {
        TerritorySummary territory = territories.require(code);
        return diagnostics.published(territory.id()).stream()
                .map(d -> DiagnosticDocument.summary(d, baseUrl()))
                .toList();
    }

    @Operation(summary = "Un diagnostic : valeurs, notes, scores des besoins, catégories et objectifs, avancement")
    @GetMapping("/api/v1/diagnostics/{id}")
    ResponseEntity<Map<String, Object>> diagnostic(@PathVariable long id, Principal principal) {
        OnlineDiagnostic diagnostic = visible(id, principal);
        return ResponseEntity.ok(DiagnosticDocument.of(scores.score(diagnostic), baseUrl()));
    }

    @Operation(
            summary = "Démarre un brouillon prérempli avec les données ouvertes (éditeur ou administrateur), du"
                    + " territoire ou, avec le corps {\"groupe\":{\"nom\":…,\"communes\":[codes INSEE]}}, d'un"
                    + " groupe de communes dont ce territoire détient les droits")
    @PostMapping("/api/v1/territoires/{code}/diagnostics")
    ResponseEntity<Map<String, Object>> start(
            @PathVariable String code, @RequestBody(required = false) StartBody body, Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.require(
                principal,
                territory.id(),
                Action.EDIT_DIAGNOSTICS,
                "Il faut être éditeur ou administrateur de " + territory.name() + " pour démarrer un diagnostic.");
        long id = body == null || body.groupe() == null
                ? diagnostics.start(territory, principal.getName())
                : diagnostics.startGroup(
                        territory,
                        groups.fromList(body.groupe().nom(), body.groupe().communes()),
                        principal.getName());
        String link = baseUrl() + "/diagnostics/" + id;
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", baseUrl() + "/api/v1/diagnostics/" + id)
                .body(Map.of("id", id, "lien", link));
    }

    @Operation(summary = "Importe un classeur Diag360 rempli dans un brouillon (chaque changement est historisé)")
    @PostMapping("/api/v1/diagnostics/{id}/classeur")
    Map<String, Object> importWorkbook(
            @PathVariable long id, @RequestParam("fichier") MultipartFile file, Principal principal) {
        OnlineDiagnostic draft = editableDraft(id, principal);
        WorkbookAnswers answers = uploads.read(file);
        int changed = edits.replaceAll(draft, answers.values(), answers.comments(), principal.getName());
        return Map.of("id", id, "lignes_modifiees", changed);
    }

    /** A draft this person may edit as a whole; 404 if they may not even read it. */
    private OnlineDiagnostic editableDraft(long id, Principal principal) {
        OnlineDiagnostic draft = visible(id, principal);
        if (draft.isPublished())
            throw new fr.resilience360.shared.UserInputException(
                    "Le diagnostic n° " + id + " est publié : une version publiée ne change plus.");
        access.require(
                principal,
                draft.territoryId(),
                Action.EDIT_DIAGNOSTICS,
                "Il faut être éditeur ou administrateur du territoire pour importer un classeur.");
        return draft;
    }

    private OnlineDiagnostic visible(long id, Principal principal) {
        return access.visible(diagnostics.require(id), principal);
    }

    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
