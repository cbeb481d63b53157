package fr.resilience360.action.toolbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A territory's parcours by the API: members read it, editors add ({@code outil}, {@code date}, {@code statut},
 * {@code note}), change ({@code date}, {@code statut}, {@code note}, {@code rang}) and remove steps.
 */
@RestController
@Tag(name = "Boîte à outils")
class ParcoursApiController {

    private static final String BASE = "/api/v1/territoires/{code}/parcours";

    private final Parcours parcours;
    private final Toolbox toolbox;

    ParcoursApiController(Parcours parcours, Toolbox toolbox) {
        this.parcours = parcours;
        this.toolbox = toolbox;
    }

    @Operation(summary = "Le parcours du territoire : étapes dans l'ordre et avancement ; membres du territoire")
    @GetMapping(BASE)
    Map<String, Object> read(@PathVariable String code) {
        var territory = parcours.territory(code);
        return ToolJson.parcours(territory, parcours.read(territory), toolbox);
    }

    @Operation(summary = "Ajoute une étape à la fin du parcours ; éditeurs du territoire")
    @PostMapping(BASE + "/etapes")
    ResponseEntity<Map<String, Object>> add(
            @PathVariable String code, @RequestBody(required = false) Map<String, Object> body) {
        var step = parcours.add(parcours.territory(code), body == null ? Map.of() : body);
        return ResponseEntity.status(HttpStatus.CREATED).body(ToolJson.step(step, toolbox));
    }

    @Operation(summary = "Change la date, le statut, la note ou le rang d'une étape ; éditeurs du territoire")
    @PatchMapping(BASE + "/etapes/{id:\\d+}")
    Map<String, Object> change(
            @PathVariable String code, @PathVariable long id, @RequestBody(required = false) Map<String, Object> body) {
        return ToolJson.step(parcours.change(parcours.territory(code), id, body == null ? Map.of() : body), toolbox);
    }

    @Operation(summary = "Retire une étape du parcours ; éditeurs du territoire")
    @DeleteMapping(BASE + "/etapes/{id:\\d+}")
    ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id) {
        parcours.delete(parcours.territory(code), id);
        return ResponseEntity.noContent().build();
    }
}
