package fr.resilience360.opendata;

import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The observatory's open-data API: catalogue, values by territory and by indicator, distributions. Every answer
 * carries the data version as its ETag, so clients revalidate cheaply and see new data after an import.
 */
@RestController
@Tag(name = "Observatoire", description = "Indicateurs issus des données ouvertes, à toutes les échelles")
class IndicatorApiController {

    static final CacheControl CACHE = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();
    static final int MAX_PAGE_SIZE = 1000;

    private final Observatory observatory;
    private final OpenDataViews views;
    private final Territories territories;

    IndicatorApiController(Observatory observatory, OpenDataViews views, Territories territories) {
        this.observatory = observatory;
        this.views = views;
        this.territories = territories;
    }

    @GetMapping(path = "/api/v1/indicateurs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Catalogue des indicateurs : définitions, unités, règles d'agrégation, sources",
            description = "acteur : territoires, entreprises ou societe, le type d'acteur que décrit l'indicateur")
    ResponseEntity<List<OpenDataJson.IndicateurJson>> catalogue(
            @RequestParam(required = false) String acteur, WebRequest request) {
        var actor = ApiParameters.actor(acteur);
        String etag = etag();
        if (request.checkNotModified(etag)) return null;
        return ok(etag, views.catalogue(actor));
    }

    @GetMapping(path = "/api/v1/indicateurs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Un indicateur, avec les périodes disponibles")
    ResponseEntity<OpenDataJson.IndicateurJson> indicator(@PathVariable String id, WebRequest request) {
        Indicator indicator = ApiParameters.indicator(observatory, id);
        String etag = etag();
        if (request.checkNotModified(etag)) return null;
        return ok(etag, views.indicator(indicator));
    }

    @GetMapping(path = "/api/v1/indicateurs/{id}/valeurs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Valeurs d'un indicateur pour tous les territoires d'un niveau (paginé)")
    ResponseEntity<OpenDataJson.PageValeurs> values(
            @PathVariable String id,
            @RequestParam(defaultValue = "epci") String niveau,
            @RequestParam(required = false) String annee,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "100") String taille,
            WebRequest request) {
        ApiParameters.Slice slice = ApiParameters.slice(observatory, id, niveau, annee);
        int pageNumber = ApiParameters.integer("page", page, 0, Integer.MAX_VALUE);
        int size = ApiParameters.integer("taille", taille, 1, MAX_PAGE_SIZE);
        String etag = etag();
        if (request.checkNotModified(etag)) return null;
        return ok(etag, views.page(id, slice.level(), slice.period(), pageNumber, size));
    }

    @GetMapping(path = "/api/v1/indicateurs/{id}/distribution", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Distribution nationale d'un indicateur à un niveau (quantiles)")
    ResponseEntity<OpenDataJson.DistributionJson> distribution(
            @PathVariable String id,
            @RequestParam(defaultValue = "epci") String niveau,
            @RequestParam(required = false) String annee,
            WebRequest request) {
        ApiParameters.Slice slice = ApiParameters.slice(observatory, id, niveau, annee);
        String etag = etag();
        if (request.checkNotModified(etag)) return null;
        return ok(etag, views.distribution(id, slice.level(), slice.period()));
    }

    @GetMapping(path = "/api/v1/territoires/{code}/indicateurs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Dernière valeur de chaque indicateur pour un territoire, avec sa position nationale, la série"
                    + " de ses millésimes et l'évolution depuis le précédent",
            description = "acteur : territoires, entreprises ou societe, pour ne garder que ce type d'acteur")
    ResponseEntity<OpenDataJson.ValeursTerritoire> territoryValues(
            @PathVariable String code, @RequestParam(required = false) String acteur, WebRequest request) {
        TerritorySummary territory = territories.require(code);
        var actor = ApiParameters.actor(acteur);
        String etag = etag();
        if (request.checkNotModified(etag)) return null;
        return ok(etag, views.territoryValues(territory, actor));
    }

    private String etag() {
        return "\"" + observatory.version() + "\"";
    }

    private static <T> ResponseEntity<T> ok(String etag, T body) {
        return ResponseEntity.ok().cacheControl(CACHE).eTag(etag).body(body);
    }
}
