package fr.resilience360.territory;

import fr.resilience360.shared.BadParameterException;
import fr.resilience360.shared.Paging;
import fr.resilience360.territory.typology.TerritoryTypologies;
import fr.resilience360.territory.typology.TypologyJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The territories API, in the spirit of API Géo: search, whole lists of a level page by page, one territory with
 * parents and members, its map. Errors (unknown code, bad parameter) are mapped to French problems by the web shell.
 */
@RestController
@RequestMapping(path = "/api/v1/territoires", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Territoires", description = "Découpage administratif (COG 2025) : recherche, listes, hiérarchie, contours")
class TerritoryApiController {

    static final int SEARCH_LIMIT = 20;
    static final int LIST_LIMIT = 100;
    static final int LIST_MAX_LIMIT = 1000;

    private static final CacheControl CACHE =
            CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();

    private final Territories territories;
    private final TerritoryTypologies typologies;

    TerritoryApiController(Territories territories, TerritoryTypologies typologies) {
        this.territories = territories;
        this.typologies = typologies;
    }

    @GetMapping
    @Operation(
            summary = "Rechercher des territoires (avec q) ou lister tous ceux d'un type (sans q, page par page)",
            description =
                    "Avec « q » : tableau des résultats de recherche, les plus pertinents d'abord. Sans « q » et avec "
                            + "« type » : un objet {total, page, limit, territoires} trié par identifiant, et un en-tête Link "
                            + "(RFC 8288 : first, prev, next, last) ; suivre rel=\"next\" parcourt toute la liste.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(oneOf = {TerritoryJson.Hits.class, TerritoryJson.Page.class})))
    ResponseEntity<?> searchOrList(
            @Parameter(
                            description =
                                    "Texte cherché : nom (accents, casse et tirets ignorés), code INSEE, SIREN ou "
                                            + "code postal. Absent : liste de tous les territoires du type.")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "commune, epci, departement, region ou pays (obligatoire sans q)")
                    @RequestParam(required = false)
                    String type,
            @Parameter(description = "Liste : numéro de page, à partir de 1 (1 par défaut)")
                    @RequestParam(required = false)
                    Integer page,
            @Parameter(
                            description = "Recherche : de 1 à 100 résultats (20 par défaut). Liste : de 1 à 1 000 "
                                    + "territoires par page (100 par défaut).")
                    @RequestParam(required = false)
                    Integer limit) {
        TerritoryType territoryType = type(type);
        if (q != null && !q.isBlank()) return search(q, territoryType, limit);
        if (territoryType == null) {
            throw new BadParameterException(
                    "q",
                    "Indiquez « q » pour chercher un territoire (nom, code INSEE, SIREN ou code postal) ou « type » "
                            + "pour lister tous les territoires d'un type.");
        }
        return list(territoryType, Paging.of(page, limit, LIST_LIMIT, LIST_MAX_LIMIT));
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "Un territoire : type, population, parents, membres et typologie",
            description =
                    "Accepte l'identifiant (56121, 200042174, dep-56, reg-53, FR) ou un code officiel non ambigu (56). "
                            + "« typologie » (communes et EPCI) : densité, aire d'attraction, montagne, littoral, "
                            + "programmes de l'ANCT et types « Villes et territoires résilients » (docs/typology.md).")
    ResponseEntity<TerritoryJson> territory(@PathVariable String code) {
        TerritoryDetail detail =
                territories.detail(territories.require(code).id()).orElseThrow();
        TypologyJson typology = typologies.of(detail.id()).map(TypologyJson::of).orElse(null);
        return ResponseEntity.ok().cacheControl(CACHE).body(TerritoryJson.of(detail, typology));
    }

    @GetMapping(path = "/{code}/carte", produces = "application/geo+json")
    @Operation(summary = "Contour du territoire et de ses membres (GeoJSON, WGS84)")
    ResponseEntity<String> map(@PathVariable String code) {
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .body(territories.map(territories.require(code).id()).orElseThrow());
    }

    private ResponseEntity<List<TerritoryJson.Hit>> search(String q, TerritoryType type, Integer limit) {
        int max = Paging.of(null, limit, SEARCH_LIMIT, Territories.MAX_RESULTS).limit();
        List<TerritoryJson.Hit> hits = territories.search(q, type, max).stream()
                .map(TerritoryJson.Hit::of)
                .toList();
        return ResponseEntity.ok().cacheControl(CACHE).body(hits);
    }

    private ResponseEntity<TerritoryJson.Page> list(TerritoryType type, Paging paging) {
        long total = territories.count(type);
        var listUrl = ServletUriComponentsBuilder.fromCurrentRequestUri();
        List<TerritoryJson.Ref> items = territories.list(type, paging).stream()
                .map(TerritoryJson.Ref::of)
                .toList();
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .header(HttpHeaders.LINK, paging.links(listUrl.queryParam("type", type.code()), total))
                .body(new TerritoryJson.Page(total, paging.page(), paging.limit(), items));
    }

    private static TerritoryType type(String type) {
        if (type == null || type.isBlank()) return null;
        return TerritoryType.fromCode(type)
                .orElseThrow(() -> new BadParameterException(
                        "type", "Type « " + type + " » inconnu : attendu commune, epci, departement, region ou pays."));
    }
}
