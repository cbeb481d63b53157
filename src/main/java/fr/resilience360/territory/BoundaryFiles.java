package fr.resilience360.territory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bundled boundaries (IGN ADMIN EXPRESS COG CARTO 2025 for régions, départements and EPCI; ADMIN
 * EXPRESS 2018 shapes merged to 2025 codes for communes), one GeoJSON geometry per territory code.
 */
final class BoundaryFiles {

    record Boundary(String id, String geometry, String source) {}

    private record Source(Resource resource, TerritoryType type, String label) {}

    private static final List<Source> SOURCES = List.of(
            new Source(
                    new ClassPathResource("data/geo/regions_2025.geojson.gz"),
                    TerritoryType.REGION,
                    "IGN ADMIN EXPRESS COG CARTO 2025"),
            new Source(
                    new ClassPathResource("data/geo/departements_2025.geojson.gz"),
                    TerritoryType.DEPARTEMENT,
                    "IGN ADMIN EXPRESS COG CARTO 2025"),
            new Source(
                    new ClassPathResource("data/geo/epci_2025.geojson.gz"),
                    TerritoryType.EPCI,
                    "IGN ADMIN EXPRESS COG CARTO 2025"),
            new Source(
                    new ClassPathResource("data/geo/communes_2025.geojson.gz"),
                    TerritoryType.COMMUNE,
                    "IGN ADMIN EXPRESS COG 2018, fusionné aux codes 2025"));

    private final JsonMapper json = JsonMapper.builder().build();

    static Resource[] all() {
        return SOURCES.stream().map(Source::resource).toArray(Resource[]::new);
    }

    void forEachFile(Consumer<List<Boundary>> consumer) {
        for (Source source : SOURCES) {
            List<Boundary> boundaries = new ArrayList<>();
            for (JsonNode feature : read(source.resource()).get("features")) {
                JsonNode geometry = feature.get("geometry");
                if (geometry == null || geometry.isNull()) continue;
                boundaries.add(new Boundary(
                        source.type().idOf(feature.get("properties").get("code").asString()),
                        json.writeValueAsString(geometry),
                        source.label()));
            }
            consumer.accept(boundaries);
        }
    }

    private JsonNode read(Resource resource) {
        try (InputStream in = new GZIPInputStream(resource.getInputStream())) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Fichier de contours illisible : " + resource.getFilename(), e);
        }
    }
}
