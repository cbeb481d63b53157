package fr.resilience360.action.plan;

import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
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
    private final Plans plans;
    private final PlanDetails details;
    private final PlanViews views;
    private final PlanAccess access;

    PlanDetailApiController(
            Territories territories, Plans plans, PlanDetails details, PlanViews views, PlanAccess access) {
        this.territories = territories;
        this.plans = plans;
        this.details = details;
        this.views = views;
        this.access = access;
    }

    /** The action a caller may change, or 401/403/404. */
    private record Target(TerritorySummary territory, PlanAction action) {}

    private Target target(String code, long id, Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.signedInReader(principal, territory.id(), false);
        PlanAction action = plans.require(territory.id(), id);
        access.actionEditor(principal, territory.id(), action, false);
        return new Target(territory, action);
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
        details.addBudget(
                t.action(),
                PlanBodies.text(b, "annee"),
                PlanBodies.text(b, "type"),
                PlanBodies.text(b, "prevu"),
                PlanBodies.text(b, "depense"),
                principal.getName());
        return answer(t, HttpStatus.CREATED);
    }

    @Operation(summary = "Supprime une ligne de budget")
    @DeleteMapping(path = ACTION + "/budget/{line}")
    ResponseEntity<Void> deleteBudget(
            @PathVariable String code, @PathVariable long id, @PathVariable long line, Principal principal) {
        Target t = target(code, id, principal);
        if (!details.deleteBudget(t.action(), line, principal.getName()))
            throw new NotFoundException("Ligne inconnue", "L'action n'a pas de ligne de budget n° " + line + ".");
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Ajoute un jalon : {\"titre\": \"Étude\", \"echeance\": \"2026-06-30\"}")
    @PostMapping(path = ACTION + "/jalons", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> milestone(
            @PathVariable String code, @PathVariable long id, @RequestBody Map<String, Object> b, Principal principal) {
        Target t = target(code, id, principal);
        details.addMilestone(
                t.action(), PlanBodies.text(b, "titre"), PlanBodies.text(b, "echeance"), principal.getName());
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
        if (!details.setMilestoneDone(t.action(), milestone, PlanBodies.text(b, "atteint"), principal.getName()))
            throw new NotFoundException("Jalon inconnu", "L'action n'a pas de jalon n° " + milestone + ".");
        return answer(t, HttpStatus.OK);
    }

    @Operation(summary = "Ajoute un indicateur de suivi : {\"libelle\", \"unite\", \"annee_reference\", \"source\"}")
    @PostMapping(path = ACTION + "/indicateurs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> indicator(
            @PathVariable String code, @PathVariable long id, @RequestBody Map<String, Object> b, Principal principal) {
        Target t = target(code, id, principal);
        details.addIndicator(
                t.action(),
                PlanBodies.text(b, "libelle"),
                PlanBodies.text(b, "unite"),
                PlanBodies.text(b, "annee_reference"),
                PlanBodies.text(b, "source"),
                principal.getName());
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
        details.setPoint(
                t.action(),
                indicatorOf(t, indicator),
                PlanBodies.text(b, "annee"),
                PlanBodies.text(b, "type"),
                PlanBodies.text(b, "valeur"),
                principal.getName());
        return answer(t, HttpStatus.OK);
    }

    @Operation(summary = "Ajoute une note datée : {\"texte\": \"…\"}")
    @PostMapping(path = ACTION + "/notes", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> note(
            @PathVariable String code, @PathVariable long id, @RequestBody Map<String, Object> b, Principal principal) {
        Target t = target(code, id, principal);
        details.addNote(t.action(), PlanBodies.text(b, "texte"), principal.getName());
        return answer(t, HttpStatus.CREATED);
    }

    private Details.Indicator indicatorOf(Target t, long indicator) {
        return PlanDates.find(
                        views.of(t.territory(), PlanDates.today()), t.action().id())
                .orElseThrow()
                .indicators()
                .stream()
                .map(PlanView.IndicatorView::indicator)
                .filter(i -> i.id() == indicator)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(
                        "Indicateur inconnu", "L'action n'a pas d'indicateur n° " + indicator + "."));
    }
}
