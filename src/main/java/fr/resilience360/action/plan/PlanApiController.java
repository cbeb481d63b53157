package fr.resilience360.action.plan;

import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/territoires/{code}/plan}: a territory's action plan as JSON for its members, adding and changing
 * actions (optimistic locking: the action's {@code version} is its ETag, sent back in {@code If-Match}), the
 * removing an action, the prioritisation weights and the history ({@link PlanAccess}).
 */
@RestController
@Tag(name = "Plans d'action")
class PlanApiController {

    private static final String BASE = "/api/v1/territoires/{code}/plan";

    private final Territories territories;
    private final Plans plans;
    private final PlanViews views;
    private final PlanAccess access;
    private final PlanHistoryRepository history;

    PlanApiController(
            Territories territories, Plans plans, PlanViews views, PlanAccess access, PlanHistoryRepository history) {
        this.territories = territories;
        this.plans = plans;
        this.views = views;
        this.access = access;
        this.history = history;
    }

    @Operation(summary = "Le plan d'action d'un territoire, ses actions et ce qui en est déduit (membres)")
    @GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> plan(@PathVariable String code, Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.reader(principal, territory.id(), false);
        return PlanJson.of(views.of(territory, PlanDates.today()), territory.id());
    }

    @Operation(
            summary = "Ajoute une action, du catalogue ou personnalisée (éditeur ou administrateur)",
            description = "Corps : {\"catalogue\": \"projet-alimentaire-territorial\"} ou {\"titre\": \"…\", "
                    + "\"besoins\": [\"bv1\"], …} ; {\"parent\": 12} pour une sous-action.")
    @PostMapping(path = BASE + "/actions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> add(
            @PathVariable String code, @RequestBody(required = false) Map<String, Object> body, Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.editor(principal, territory.id(), false);
        PlanAction added = plans.add(
                territory,
                PlanBodies.text(body, "catalogue"),
                PlanBodies.number(body, "parent"),
                PlanBodies.action(body),
                principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(PlanDates.etag(added))
                .body(action(territory, added.id()));
    }

    @Operation(summary = "Change une action (If-Match : la version lue ; 409 si elle a changé entre-temps)")
    @PatchMapping(path = BASE + "/actions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> change(
            @PathVariable String code,
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) Map<String, Object> body,
            Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.signedInReader(principal, territory.id(), false);
        PlanAction current = plans.require(territory.id(), id);
        access.actionEditor(principal, territory.id(), current, false);
        int version = PlanDates.version(ifMatch, PlanBodies.number(body, "version"));
        PlanAction changed = plans.update(territory, current, version, PlanBodies.action(body), principal.getName());
        return ResponseEntity.ok().eTag(PlanDates.etag(changed)).body(action(territory, id));
    }

    @Operation(
            summary = "Retire une action du plan, avec ses sous-actions (éditeur ou administrateur ; If-Match : la"
                    + " version lue ; 409 si elle a changé entre-temps). L'historique garde le retrait.")
    @DeleteMapping(path = BASE + "/actions/{id}")
    ResponseEntity<Void> remove(
            @PathVariable String code,
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.editor(principal, territory.id(), false);
        PlanAction current = plans.require(territory.id(), id);
        plans.remove(current, PlanDates.version(ifMatch, null), principal.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Les pondérations des critères de priorisation, de 0 à 10 (éditeur ou administrateur)")
    @PutMapping(path = BASE + "/ponderations", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> weights(
            @PathVariable String code, @RequestBody(required = false) Map<String, Object> body, Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.editor(principal, territory.id(), false);
        Weights weights = WeightsInput.parse(key -> PlanBodies.text(body, key));
        plans.setWeights(territory, weights, principal.getName());
        return PlanJson.weights(weights);
    }

    @Operation(summary = "L'historique des changements du plan, du plus récent au plus ancien (membres)")
    @GetMapping(path = BASE + "/historique", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> history(@PathVariable String code, Principal principal) {
        TerritorySummary territory = territories.require(code);
        access.reader(principal, territory.id(), false);
        return plans.find(territory.id())
                .map(p -> PlanJson.history(history.of(p.id(), null, 1000)))
                .orElse(List.of());
    }

    private Map<String, Object> action(TerritorySummary territory, long id) {
        return PlanDates.find(views.of(territory, PlanDates.today()), id)
                .map(PlanJson::action)
                .orElseThrow();
    }
}
