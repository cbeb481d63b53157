package fr.resilience360.opendata;

import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Bulk downloads: one UTF-8 CSV of values per level and the catalogue, described by a Frictionless
 * {@code datapackage.json} (Table Schema with types, units, licences and sources).
 */
@RestController
@Tag(name = "Observatoire — téléchargements", description = "Fichiers CSV par niveau et description Frictionless")
class DownloadController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Observatory observatory;
    private final TerritoryDirectory directory;

    DownloadController(Observatory observatory, TerritoryDirectory directory) {
        this.observatory = observatory;
        this.directory = directory;
    }

    @GetMapping(path = "/api/v1/donnees/datapackage.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Description Frictionless (Data Package) des fichiers téléchargeables")
    ResponseEntity<Map<String, Object>> datapackage(WebRequest request) {
        String version = observatory.version();
        if (request.checkNotModified(etag(version))) return null;
        return ResponseEntity.ok()
                .cacheControl(IndicatorApiController.CACHE)
                .eTag(etag(version))
                .body(Datapackage.of(version, observatory.datasets()));
    }

    @GetMapping(path = "/api/v1/donnees/indicateurs.csv", produces = "text/csv")
    @Operation(summary = "Catalogue des indicateurs (CSV UTF-8)")
    ResponseEntity<StreamingResponseBody> indicatorsCsv(WebRequest request) {
        String version = observatory.version();
        if (request.checkNotModified(etag(version))) return null;
        List<Indicator> indicators = observatory.indicators();
        return csv(version, "indicateurs.csv", out -> CsvFiles.indicators(out, indicators));
    }

    @GetMapping(path = "/api/v1/donnees/valeurs-{niveau}.csv", produces = "text/csv")
    @Operation(summary = "Toutes les valeurs d'un niveau (CSV UTF-8, format long)")
    ResponseEntity<StreamingResponseBody> valuesCsv(@PathVariable String niveau, WebRequest request) {
        TerritoryType level = ApiParameters.level(niveau);
        String version = observatory.version();
        if (request.checkNotModified(etag(version))) return null;
        Map<String, TerritorySummary> territories =
                directory.ofType(level).stream().collect(Collectors.toMap(TerritorySummary::id, Function.identity()));
        Map<String, Indicator> indicators = observatory.indicatorsById();
        return csv(
                version,
                "valeurs-" + level.code() + ".csv",
                out -> CsvFiles.values(
                        out, territories, indicators, consumer -> observatory.forEachAtLevel(level, consumer)));
    }

    private static String etag(String version) {
        return "\"" + version + "\"";
    }

    private static ResponseEntity<StreamingResponseBody> csv(String version, String name, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .cacheControl(IndicatorApiController.CACHE)
                .eTag(etag(version))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
