package fr.resilience360.action.recommendation;

import fr.resilience360.territory.Territories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A territory's recommended actions: public (published diagnostic or open data); the plan's marks for members only. */
@RestController
@RequestMapping(path = "/api/v1/territoires", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Actions")
class RecommendationApiController {

    private final Territories territories;
    private final Recommendations recommendations;
    private final PlanMarks marks;

    RecommendationApiController(Territories territories, Recommendations recommendations, PlanMarks marks) {
        this.territories = territories;
        this.recommendations = recommendations;
        this.marks = marks;
    }

    @GetMapping("/{code}/recommandations")
    @Operation(
            summary = "Actions recommandées pour un territoire, classées, avec leur raison",
            description =
                    "À partir du dernier diagnostic publié (sinon du préremplissage par les données ouvertes), des"
                            + " besoins les plus touchés par le stress test et de la perception des habitants : faiblesse de"
                            + " chaque besoin, actions classées par la faiblesse des besoins qu'elles améliorent, bonus pour les"
                            + " lignes faibles et les aléas exposants. Règles : docs/actions.md.")
    RecommendationJson recommendations(
            @PathVariable String code,
            @Parameter(description = "Identifiant d'un besoin Diag360 (bv1…bi3) : seules les actions qui l'améliorent")
                    @RequestParam(name = "besoin", required = false)
                    String besoin,
            @Parameter(description = "Nombre maximal d'actions, de 1 à 1000 (toutes par défaut)")
                    @RequestParam(name = "limite", required = false)
                    String limite) {
        var territory = territories.require(code);
        Recommendation r = recommendations.of(territory);
        var query = RecommendationQuery.parse(
                besoin, limite, r.needs().stream().map(NeedWeakness.Need::id).toList());
        return RecommendationJson.of(r, query, marks.planned(territory.id()));
    }
}
