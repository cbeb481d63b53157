package fr.resilience360.territory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The territories API, in the spirit of API Géo: search, one territory with parents and members, its map. */
@RestController
@RequestMapping(path = "/api/v1/territoires", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Territoires", description = "Découpage administratif (COG 2025) : recherche, hiérarchie, contours")
class TerritoryApiController {

    private static final CacheControl CACHE =
            CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();

    private final Territories territories;

    TerritoryApiController(Territories territories) {
        this.territories = territories;
    }

    @GetMapping
    @Operation(summary = "Rechercher des territoires par nom, code INSEE, SIREN ou code postal")
    ResponseEntity<List<TerritoryJson.Hit>> search(
            @Parameter(
                            description =
                                    "Texte cherché : nom (accents, casse et tirets ignorés), code INSEE, SIREN ou code postal")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "commune, epci, departement, region ou pays") @RequestParam(required = false)
                    String type,
            @Parameter(description = "Nombre maximal de résultats, de 1 à 100 (20 par défaut)")
                    @RequestParam(defaultValue = "20")
                    String limit) {
        if (q == null || q.isBlank())
            throw badRequest("Le paramètre « q » est obligatoire (nom, code INSEE, SIREN ou code postal).");
        TerritoryType territoryType = type == null || type.isBlank()
                ? null
                : TerritoryType.fromCode(type)
                        .orElseThrow(() -> badRequest(
                                "Type « " + type + " » inconnu : attendu commune, epci, departement, region ou pays."));
        int max = parseLimit(limit);
        List<TerritoryJson.Hit> hits = territories.search(q, territoryType, max).stream()
                .map(TerritoryJson.Hit::of)
                .toList();
        return ResponseEntity.ok().cacheControl(CACHE).body(hits);
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "Un territoire : type, population, parents et membres",
            description =
                    "Accepte l'identifiant (56121, 200042174, dep-56, reg-53, FR) ou un code officiel non ambigu (56).")
    ResponseEntity<TerritoryJson> territory(@PathVariable String code) {
        TerritoryDetail detail = territories.detail(resolve(code)).orElseThrow();
        return ResponseEntity.ok().cacheControl(CACHE).body(TerritoryJson.of(detail));
    }

    @GetMapping(path = "/{code}/carte", produces = "application/geo+json")
    @Operation(summary = "Contour du territoire et de ses membres (GeoJSON, WGS84)")
    ResponseEntity<String> map(@PathVariable String code) {
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .body(territories.map(resolve(code)).orElseThrow());
    }

    private String resolve(String code) {
        List<TerritorySummary> found = territories.resolve(code);
        if (found.isEmpty()) {
            throw problem(HttpStatus.NOT_FOUND, "Territoire inconnu", "Aucun territoire n'a le code « " + code + " ».");
        }
        if (found.size() > 1) {
            throw badRequest("Le code « " + code + " » désigne plusieurs territoires : "
                    + String.join(
                            ", ",
                            found.stream()
                                    .map(t -> t.id() + " (" + t.name() + ")")
                                    .toList())
                    + ". Utilisez l'identifiant.");
        }
        return found.get(0).id();
    }

    private static int parseLimit(String limit) {
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= Territories.MAX_RESULTS) return value;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badRequest("Le paramètre « limit » doit être un entier de 1 à " + Territories.MAX_RESULTS + " (reçu : « "
                + limit + " »).");
    }

    private static ErrorResponseException badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, "Paramètre invalide", detail);
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
