package fr.resilience360.opendata;

import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.shared.BadParameterException;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritoryType;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Data of the national maps: an indicator's values by official code, and the boundaries of each level. */
@RestController
class MapDataController {

    private final Observatory observatory;
    private final TerritoryDirectory directory;

    MapDataController(Observatory observatory, TerritoryDirectory directory) {
        this.observatory = observatory;
        this.directory = directory;
    }

    /** The national map's values, by official code. */
    @GetMapping(path = "/api/v1/indicateurs/{id}/carte", produces = "application/json")
    ResponseEntity<Map<String, Double>> mapValues(
            @PathVariable String id, @RequestParam String niveau, @RequestParam String annee) {
        TerritoryType level = ApiParameters.level(niveau);
        ObservationPeriod period = ApiParameters.parsePeriod(annee);
        Map<String, Double> byId = observatory.valuesAt(id, period, level);
        Map<String, Double> byCode = new java.util.TreeMap<>();
        directory.byIds(byId.keySet()).forEach((territoryId, t) -> byCode.put(t.code(), byId.get(territoryId)));
        return ResponseEntity.ok().cacheControl(IndicatorApiController.CACHE).body(byCode);
    }

    /** The bundled boundaries of a level with the overseas départements moved next to mainland France. */
    @GetMapping(path = "/api/v1/contours/{niveau}.geojson", produces = "application/geo+json")
    ResponseEntity<Resource> boundaries(@PathVariable String niveau) {
        String file = switch (niveau) {
            case "epci" -> "epci_2025_drom_inset";
            case "departement" -> "departements_2025_drom_inset";
            case "region" -> "regions_2025_drom_inset";
            default ->
                throw new BadParameterException(
                        "niveau",
                        "Niveau « " + niveau + " » sans carte nationale : attendu epci, departement ou region.");
        };
        return ResponseEntity.ok()
                .header("Content-Encoding", "gzip")
                .cacheControl(CacheControl.maxAge(7, TimeUnit.DAYS).cachePublic())
                .body(new ClassPathResource("data/geo/" + file + ".geojson.gz"));
    }
}
