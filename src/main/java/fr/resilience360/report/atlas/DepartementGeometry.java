package fr.resilience360.report.atlas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The communes of each département on a map of their own: true coordinates (overseas too), spherical Mercator fitted
 * to the département in a frame of at most {@value #SIZE} × {@value #SIZE} pixels, so that every commune is large
 * enough to point at. Read and projected once for all départements, at the first request (one pass over the bundled
 * communes file, like the national commune map).
 */
final class DepartementGeometry {

    /** Largest side of a département's map, in SVG pixels. */
    static final double SIZE = 600;

    /** A département's communes and the size of their map. */
    record Communes(double width, double height, List<MapGeometry.Outline> outlines) {}

    private Map<String, Communes> byDepartement;

    /** The communes of a département by its official code (« 56 », « 2A », « 971 »), or empty for an unknown code. */
    synchronized Optional<Communes> of(String departement) {
        if (byDepartement == null) byDepartement = read();
        return Optional.ofNullable(byDepartement.get(departement));
    }

    private static Map<String, Communes> read() {
        Map<String, List<JsonNode>> features = new LinkedHashMap<>();
        for (JsonNode f : MapGeometry.load("communes_2025").get("features")) {
            if (f.get("geometry") == null || f.get("geometry").isNull()) continue;
            String dep = f.get("properties").path("dep").asString("");
            if (!dep.isEmpty())
                features.computeIfAbsent(dep, k -> new ArrayList<>()).add(f);
        }
        Map<String, Communes> out = new HashMap<>();
        features.forEach((dep, list) -> out.put(dep, project(list)));
        return out;
    }

    private static Communes project(List<JsonNode> features) {
        List<JsonNode> geometries =
                features.stream().map(f -> f.get("geometry")).toList();
        Frame frame = Frame.fitted(geometries, SIZE, SIZE);
        double[] box = Frame.box(geometries);
        List<MapGeometry.Outline> outlines = new ArrayList<>();
        for (JsonNode f : features) {
            JsonNode p = f.get("properties");
            outlines.add(new MapGeometry.Outline(
                    p.get("code").asString(), p.get("nom").asString(), frame.path(f.get("geometry"), null)));
        }
        double width = Math.ceil((box[1] - box[0]) * frame.scale());
        double height = Math.ceil((box[3] - box[2]) * frame.scale());
        return new Communes(width, height, List.copyOf(outlines));
    }
}
