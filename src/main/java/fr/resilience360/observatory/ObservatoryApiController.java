package fr.resilience360.observatory;

import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The observatory's open-data API: catalogue, values by territory and by indicator, distributions. */
@RestController
@Tag(name = "Observatoire", description = "Indicateurs issus des données ouvertes, à toutes les échelles")
class ObservatoryApiController {

    static final CacheControl CACHE = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();
    static final int MAX_PAGE_SIZE = 1000;

    private final Observatory observatory;
    private final RelativePositions positions;
    private final Territories territories;
    private final DataVersion version;

    ObservatoryApiController(
            Observatory observatory, RelativePositions positions, Territories territories, DataVersion version) {
        this.observatory = observatory;
        this.positions = positions;
        this.territories = territories;
        this.version = version;
    }

    @GetMapping(path = "/api/v1/indicateurs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Catalogue des indicateurs : définitions, unités, règles d'agrégation, sources")
    ResponseEntity<List<ObservatoryJson.IndicateurJson>> catalogue(WebRequest request) {
        if (request.checkNotModified(version.etag())) return null;
        Map<String, Dataset> datasets = datasets();
        return ok(observatory.indicators().stream()
                .map(i -> ObservatoryJson.IndicateurJson.of(i, datasets.get(i.datasetId()), null))
                .toList());
    }

    @GetMapping(path = "/api/v1/indicateurs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Un indicateur, avec les périodes disponibles")
    ResponseEntity<ObservatoryJson.IndicateurJson> indicator(@PathVariable String id, WebRequest request) {
        Indicator indicator = indicatorOrThrow(id);
        if (request.checkNotModified(version.etag())) return null;
        return ok(ObservatoryJson.IndicateurJson.of(
                indicator, observatory.dataset(indicator.datasetId()).orElse(null), observatory.periods(id)));
    }

    @GetMapping(path = "/api/v1/indicateurs/{id}/valeurs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Valeurs d'un indicateur pour tous les territoires d'un niveau (paginé)")
    ResponseEntity<ObservatoryJson.PageValeurs> values(
            @PathVariable String id,
            @RequestParam(defaultValue = "epci") String niveau,
            @RequestParam(required = false) String annee,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "100") String taille,
            WebRequest request) {
        indicatorOrThrow(id);
        TerritoryType level = level(niveau);
        ObservationPeriod period = period(id, annee);
        int pageNumber = integer("page", page, 0, Integer.MAX_VALUE);
        int size = integer("taille", taille, 1, MAX_PAGE_SIZE);
        if (request.checkNotModified(version.etag())) return null;
        Map<String, TerritorySummary> names = new java.util.HashMap<>();
        List<ObservatoryJson.ValeurNiveau> rows =
                observatory.valuesAt(id, period, level.code(), pageNumber * size, size).stream()
                        .map(v -> {
                            TerritorySummary t = names.computeIfAbsent(
                                    v.territoryId(), k -> territories.find(k).orElseThrow());
                            return new ObservatoryJson.ValeurNiveau(
                                    t.id(),
                                    t.code(),
                                    t.name(),
                                    v.value(),
                                    v.method().code(),
                                    v.coverage(),
                                    v.flags());
                        })
                        .toList();
        return ok(new ObservatoryJson.PageValeurs(
                id,
                level.code(),
                period.toString(),
                pageNumber,
                size,
                observatory.countAt(id, period, level.code()),
                rows));
    }

    @GetMapping(path = "/api/v1/indicateurs/{id}/distribution", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Distribution nationale d'un indicateur à un niveau (quantiles)")
    ResponseEntity<ObservatoryJson.DistributionJson> distribution(
            @PathVariable String id,
            @RequestParam(defaultValue = "epci") String niveau,
            @RequestParam(required = false) String annee,
            WebRequest request) {
        indicatorOrThrow(id);
        TerritoryType level = level(niveau);
        ObservationPeriod period = period(id, annee);
        if (request.checkNotModified(version.etag())) return null;
        return ok(new ObservatoryJson.DistributionJson(
                id,
                level.code(),
                period.toString(),
                positions.distribution(id, period, level).orElse(null)));
    }

    @GetMapping(path = "/api/v1/territoires/{code}/indicateurs", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Dernière valeur de chaque indicateur pour un territoire, avec sa position nationale")
    ResponseEntity<ObservatoryJson.ValeursTerritoire> territoryValues(@PathVariable String code, WebRequest request) {
        TerritorySummary territory = territory(code);
        if (request.checkNotModified(version.etag())) return null;
        Map<String, Indicator> indicators =
                observatory.indicators().stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
        Map<String, Dataset> datasets = datasets();
        Map<String, RelativePositions.Position> ranks = positions.positions(territory);
        List<ObservatoryJson.ValeurJson> values = observatory.latestOfTerritory(territory.id()).stream()
                .map(v -> {
                    Indicator i = indicators.get(v.indicatorId());
                    Dataset d = datasets.get(v.datasetId());
                    return new ObservatoryJson.ValeurJson(
                            v.indicatorId(),
                            i.label(),
                            i.unit(),
                            v.period().toString(),
                            v.value(),
                            v.method().code(),
                            v.methodDetail(),
                            v.coverage(),
                            v.flags(),
                            d == null ? v.datasetId() : d.title(),
                            ObservatoryJson.Position.of(ranks.get(v.indicatorId())));
                })
                .toList();
        return ok(new ObservatoryJson.ValeursTerritoire(ObservatoryJson.TerritoireJson.of(territory), values));
    }

    private <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(CACHE).eTag(version.etag()).body(body);
    }

    private Map<String, Dataset> datasets() {
        return observatory.datasets().stream().collect(Collectors.toMap(Dataset::id, Function.identity()));
    }

    private Indicator indicatorOrThrow(String id) {
        return observatory
                .indicator(id)
                .orElseThrow(() -> problem(
                        HttpStatus.NOT_FOUND,
                        "Indicateur inconnu",
                        "Aucun indicateur « " + id + " » ; voir /api/v1/indicateurs."));
    }

    private TerritorySummary territory(String code) {
        List<TerritorySummary> found = territories.resolve(code);
        if (found.isEmpty())
            throw problem(HttpStatus.NOT_FOUND, "Territoire inconnu", "Aucun territoire n'a le code « " + code + " ».");
        if (found.size() > 1)
            throw badRequest("Le code « " + code + " » désigne plusieurs territoires : "
                    + String.join(
                            ", ",
                            found.stream()
                                    .map(t -> t.id() + " (" + t.name() + ")")
                                    .toList())
                    + ". Utilisez l'identifiant.");
        return found.get(0);
    }

    static TerritoryType level(String niveau) {
        return TerritoryType.fromCode(niveau)
                .orElseThrow(() -> badRequest(
                        "Niveau « " + niveau + " » inconnu : attendu commune, epci, departement, region ou pays."));
    }

    private ObservationPeriod period(String indicatorId, String annee) {
        List<ObservationPeriod> periods = observatory.periods(indicatorId);
        if (annee == null || annee.isBlank())
            return periods.isEmpty() ? ObservationPeriod.ofYear(2000) : periods.get(periods.size() - 1);
        Optional<ObservationPeriod> parsed;
        try {
            parsed = Optional.of(ObservationPeriod.parse(annee));
        } catch (IllegalArgumentException e) {
            throw badRequest("Période « " + annee + " » invalide : attendu une année (2022), un mois (2022-03) ou une"
                    + " décennie (2050s).");
        }
        if (!periods.contains(parsed.get()))
            throw problem(
                    HttpStatus.NOT_FOUND,
                    "Période sans valeur",
                    "L'indicateur « " + indicatorId
                            + " » n'a pas de valeur pour " + annee + " ; périodes disponibles : "
                            + String.join(
                                    ", ",
                                    periods.stream()
                                            .map(ObservationPeriod::toString)
                                            .toList()) + ".");
        return parsed.get();
    }

    private static int integer(String name, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw badRequest("Le paramètre « " + name + " » doit être un entier de " + min + " à " + max + " (reçu : « "
                + text + " »).");
    }

    static ErrorResponseException badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, "Paramètre invalide", detail);
    }

    static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
