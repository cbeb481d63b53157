package fr.resilience360.report.atlas;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every national map for download: SVG drawn on the server, the same as PNG, its data as CSV, and its classes by
 * official code for the interactive map of the page. Bad parameters are French problems (the web shell's handler).
 */
@RestController
class AtlasDownloadController {

    private static final CacheControl CACHE =
            CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();

    private final AtlasMaps maps;

    AtlasDownloadController(AtlasMaps maps) {
        this.maps = maps;
    }

    @GetMapping("/api/v1/cartes/carte.svg")
    ResponseEntity<byte[]> svg(
            @RequestParam String variable,
            @RequestParam(defaultValue = "departement") String niveau,
            @RequestParam(required = false) String annee) {
        AtlasMap map = map(variable, niveau, annee);
        return file(
                map, "svg", MediaType.valueOf("image/svg+xml"), maps.svg(map).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/v1/cartes/carte.png")
    ResponseEntity<byte[]> png(
            @RequestParam String variable,
            @RequestParam(defaultValue = "departement") String niveau,
            @RequestParam(required = false) String annee) {
        AtlasMap map = map(variable, niveau, annee);
        return file(map, "png", MediaType.IMAGE_PNG, maps.png(map));
    }

    @GetMapping("/api/v1/cartes/donnees.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam String variable,
            @RequestParam(defaultValue = "departement") String niveau,
            @RequestParam(required = false) String annee) {
        AtlasMap map = map(variable, niveau, annee);
        return file(map, "csv", MediaType.valueOf("text/csv;charset=UTF-8"), AtlasCsv.of(map));
    }

    /** By official code, the class of each territory with a value and its value in words. */
    @GetMapping(path = "/api/v1/cartes/classes", produces = "application/json")
    ResponseEntity<Map<String, List<Object>>> classes(
            @RequestParam String variable,
            @RequestParam(defaultValue = "departement") String niveau,
            @RequestParam(required = false) String annee) {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        for (AtlasMap.Row r : map(variable, niveau, annee).rows())
            if (r.known()) out.put(r.territory().code(), List.of(r.classIndex(), r.text()));
        return ResponseEntity.ok().cacheControl(CACHE).body(out);
    }

    private AtlasMap map(String variable, String niveau, String annee) {
        return maps.map(MapVariable.parse(variable), AtlasMaps.level(niveau), annee);
    }

    private static ResponseEntity<byte[]> file(AtlasMap map, String extension, MediaType type, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CACHE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(AtlasCsv.fileName(map, extension))
                                .build()
                                .toString())
                .body(body);
    }
}
