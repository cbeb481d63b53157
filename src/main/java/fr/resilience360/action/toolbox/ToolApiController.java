package fr.resilience360.action.toolbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The toolbox by the API, public: the same tools and filters as {@code /outils}. */
@RestController
@Tag(name = "Boîte à outils")
class ToolApiController {

    private final Toolbox toolbox;

    ToolApiController(Toolbox toolbox) {
        this.toolbox = toolbox;
    }

    @Operation(
            summary = "Les outils des dynamiques collectives, filtrés par phase (comprendre, mobiliser, decider, agir,"
                    + " evaluer), public et durée (heures, journee, semaines, mois)")
    @GetMapping("/api/v1/outils")
    Map<String, Object> list(
            @RequestParam(name = "phase", required = false) String phase,
            @RequestParam(name = "public", required = false) String audience,
            @RequestParam(name = "duree", required = false) String duration,
            @RequestParam(name = "q", required = false) String text) {
        var tools = toolbox.filter(ToolFilter.parse(phase, audience, duration, text));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", toolbox.version());
        json.put("licence", ToolJson.LICENCE);
        json.put("total", tools.size());
        json.put("outils", tools.stream().map(ToolJson::summary).toList());
        return json;
    }

    @Operation(summary = "La fiche d'un outil : objectif, public, durée, étapes, matériel, points de vigilance, liens")
    @GetMapping("/api/v1/outils/{id}")
    Map<String, Object> fiche(@PathVariable String id) {
        return ToolJson.fiche(toolbox.require(id), toolbox);
    }
}
