package fr.resilience360.territory.typology;

import fr.resilience360.shared.Paging;
import fr.resilience360.territory.Territories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Comparable territories: same level, same types of the typology, closest population. */
@RestController
@RequestMapping(path = "/api/v1/territoires", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Territoires")
class TypologyApiController {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    private final Territories territories;
    private final TerritoryTypologies typologies;

    TypologyApiController(Territories territories, TerritoryTypologies typologies) {
        this.territories = territories;
        this.typologies = typologies;
    }

    /** A comparable territory and its types' codes. */
    @Schema(name = "TerritoireComparable")
    record Comparable(
            String id, String code, String nom, String type, String nature, Integer population, List<String> types) {
        static Comparable of(Typology t) {
            var s = t.territory();
            return new Comparable(
                    s.id(),
                    s.code(),
                    s.name(),
                    s.type().code(),
                    s.nature(),
                    s.population(),
                    t.types().stream().map(a -> a.type().code()).toList());
        }
    }

    @GetMapping("/{code}/comparables")
    @Operation(
            summary = "Territoires comparables : même niveau, mêmes types de la typologie, population la plus proche",
            description =
                    "Communes et EPCI seulement (tableau vide pour les autres niveaux). Règles : docs/typology.md.")
    ResponseEntity<List<Comparable>> comparables(
            @PathVariable String code,
            @Parameter(description = "De 1 à 100 territoires (10 par défaut)") @RequestParam(required = false)
                    Integer limit) {
        int max = Paging.of(null, limit, DEFAULT_LIMIT, MAX_LIMIT).limit();
        String id = territories.require(code).id();
        List<Comparable> body =
                typologies.similar(id, max).stream().map(Comparable::of).toList();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
                .body(body);
    }
}
