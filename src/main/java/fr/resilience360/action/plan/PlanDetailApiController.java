package fr.resilience360.action.plan;

import fr.resilience360.action.plan.PlanActionWrites.Target;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.Territories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an action of a plan holds, through the API: budget lines, milestones, follow-up indicators and their points,
 * notes. Each answers the action as {@code GET …/plan} shows it. Editors, or the action's pilot ({@link PlanAccess}).
 */
@RestController
@Tag(name = "Plans d'action")
class PlanDetailApiController {

    private static final String ACTION = "/api/v1/territoires/{code}/plan/actions/{id}";

    private final Territories territories;
    private final PlanViews views;
    private final PlanActionWrites writes;

    PlanDetailApiController(Territories territories, PlanViews views, PlanActionWrites writes) {
        this.territories = territories;
        this.views = views;
        this.writes = writes;
    }

    /** The action a caller may change, or 401/403/404. */
    private Target target(String code, long id, Principal principal) {
        return writes.target(territories.require(code), id, principal, false);
    }

    private ResponseEntity<Map<String, Object>> answer(Target t, HttpStatus status) {
        var view = PlanDates.find(
                        views.of(t.territory(), PlanDates.today()), t.action().id())
                .orElseThrow();
        return ResponseEntity.status(status).body(PlanJson.action(view));
    }

    @Operation(
            summary =
                    "Ajoute une ligne de budget : {\"annee\": 2026, \"type\": \"investissement\", \"prevu\": 12000, \"depense\": 0}")
    @PostMapping(path = ACTION + "/budget", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> budget(
            @PathVariable String code, @PathVariable long id, @RequestBody Map<String, Object> b, Principal principal) {
        Target t = target(code, id, principal);
        writes.budget(t, key -> PlanBodies.text(b, key), principal.getName());
        return answer(t, HttpStatus.CREATED);
    }

    @Operation(summary = "Supprime une ligne de budget")
    @DeleteMapping(path = ACTION + "/budget/{line}")
    ResponseEntity<Void> deleteBudget(
            @PathVariable String code, @PathVariable long id, @PathVariable long line, Principal principal) {
        Target t = target(code, id, principal);
        if (!writes.deleteBudget(t, line, principal.getName()))
            throw new NotFoundException("Ligne inconnue", "L'action n'a pas de ligne de budget n° " + line + ".");
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Ajoute un jalon : {\"titre\": \"Étude\", \"echeance\": \"2026-06-30\"}")
    @PostMapping(path = ACTION + "/jalons", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> milestone(
            @PathVariable String code, @PathVariable long id, @RequestBody Map<String, Object> b, Principal principal) {
        Target t = target(code, id, principal);
        writes.milestone(t, key -> PlanBodies.text(b, key), principal.getName());
        return answer(t, HttpStatus.CREATED);
    }

    @Operation(summary = "Marque un jalon atteint : {\"atteint\": \"2026-07-02\"} (vide : non atteint)")
    @PatchMapping(path = ACTION + "/jalons/{milestone}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> milestoneDone(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable long milestone,
            @RequestBody Map<String, Object> b,
            Principal principal) {
        Target t = target(code, id, principal);
        if (!writes.milestoneDone(t, milestone, key -> PlanBodies.text(b, key), principal.getName()))
            throw new NotFoundException("Jalon inconnu", "L'action n'a pas de jalon n° " + milestone + ".");
        return answer(t, HttpStatus.OK);
    }

    @Operation(summary = "Ajoute un indicateur de suivi : {\"libelle\", \"unite\", \"annee_reference\", \"source\"}")
    @PostMapping(path = ACTION + "/indicateurs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> indicator(
            @PathVariable String code, @PathVariable long id, @RequestBody Map<String, Object> b, Principal principal) {
        Target t = target(code, id, principal);
        writes.indicator(t, key -> PlanBodies.text(b, key), principal.getName());
        return answer(t, HttpStatus.CREATED);
    }

    @Operation(
            summary = "Fixe un résultat ou un objectif : {\"annee\": 2024, \"type\": \"resultat\", \"valeur\": 12.5}")
    @PutMapping(path = ACTION + "/indicateurs/{indicator}/points", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> point(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable long indicator,
            @RequestBody Map<String, Object> b,
            Principal principal) {
        Target t = target(code, id, principal);
        writes.point(t, indicator, key -> PlanBodies.text(b, key), principal.getName());
        return answer(t, HttpStatus.OK);
    }

    @Operation(summary = "Ajoute une note datée : {\"texte\": \"…\"}")
    @PostMapping(path = ACTION + "/notes", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> note(
            @PathVariable String code, @PathVariable long id, @RequestBody Map<String, Object> b, Principal principal) {
        Target t = target(code, id, principal);
        writes.note(t, key -> PlanBodies.text(b, key), principal.getName());
        return answer(t, HttpStatus.CREATED);
    }
}
