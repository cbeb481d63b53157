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
    ResponseEntity<byte[]> svg(MapQuery query) {
        AtlasMap map = map(query);
        return file(
                map, "svg", MediaType.valueOf("image/svg+xml"), maps.svg(map).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/v1/cartes/carte.png")
    ResponseEntity<byte[]> png(MapQuery query) {
        AtlasMap map = map(query);
        return file(map, "png", MediaType.IMAGE_PNG, maps.png(map));
    }

    @GetMapping("/api/v1/cartes/donnees.csv")
    ResponseEntity<byte[]> csv(MapQuery query) {
        AtlasMap map = map(query);
        return file(map, "csv", MediaType.valueOf("text/csv;charset=UTF-8"), AtlasCsv.of(map));
    }

    /** By official code, the class of each territory with a value and its value in words. */
    @GetMapping(path = "/api/v1/cartes/classes", produces = "application/json")
    ResponseEntity<Map<String, List<Object>>> classes(MapQuery query) {
        Map<String, List<Object>> out = new LinkedHashMap<>();
        for (AtlasMap.Row r : map(query).rows())
            if (r.known()) out.put(r.territory().code(), List.of(r.classIndex(), r.text()));
        return ResponseEntity.ok().cacheControl(CACHE).body(out);
    }

    /**
     * The query string of every download: {@code variable} (required), {@code niveau} (département when absent),
     * {@code annee} (an indicator's period, the latest when absent), {@code horizon} (an exposure's DRIAS horizon,
     * 2030, 2050 or 2100, the nearest when absent).
     */
    record MapQuery(String variable, String niveau, String annee, String horizon) {}

    private AtlasMap map(MapQuery query) {
        return maps.map(
                MapVariable.parse(query.variable()),
                AtlasMaps.level(query.niveau() == null ? "departement" : query.niveau()),
                query.annee(),
                query.horizon());
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
