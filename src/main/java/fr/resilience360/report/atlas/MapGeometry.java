package fr.resilience360.report.atlas;

import fr.resilience360.territory.TerritoryType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlines of every territory of a level, projected (spherical Mercator) into the SVG map's frame, with the
 * overseas départements where the national maps put them (bundled {@code *_drom_inset} files). Communes have no inset
 * file: each overseas commune is moved by the linear map that takes its département from its true place to its inset
 * (derived from the two département files). Points closer than {@link #MIN_STEP} pixel to the previous one are
 * dropped, which simplifies the communes' outlines to what the map can show.
 */
final class MapGeometry {

    /** Width and height of the frame the outlines are fitted in, in SVG pixels. */
    static final double WIDTH = 640;

    static final double HEIGHT = 600;

    /** Smallest step kept between two points of an outline, in SVG pixels. */
    static final double MIN_STEP = 0.6;

    /** One territory's outline as SVG path data. */
    record Outline(String code, String name, String path) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<TerritoryType, List<Outline>> outlines = new HashMap<>();

    /** The outlines of a level, in the order of the bundled file; read and projected once. */
    synchronized List<Outline> of(TerritoryType level) {
        return outlines.computeIfAbsent(level, MapGeometry::read);
    }

    private static List<Outline> read(TerritoryType level) {
        Frame frame = Frame.of(load("regions_2025_drom_inset"));
        Map<String, double[]> insets = level == TerritoryType.COMMUNE ? insets() : Map.of();
        String file = switch (level) {
            case REGION -> "regions_2025_drom_inset";
            case DEPARTEMENT -> "departements_2025_drom_inset";
            case EPCI -> "epci_2025_drom_inset";
            case COMMUNE -> "communes_2025";
            default -> throw new IllegalArgumentException("Pas de carte nationale pour " + level);
        };
        List<Outline> out = new ArrayList<>();
        for (JsonNode f : load(file).get("features")) {
            JsonNode p = f.get("properties");
            if (f.get("geometry") == null || f.get("geometry").isNull()) continue;
            double[] move = insets.get(p.path("dep").asString(""));
            out.add(new Outline(
                    p.get("code").asString(), p.get("nom").asString(), frame.path(f.get("geometry"), move)));
        }
        return out;
    }

    /** By overseas département code, {a, b, c, d} with inset lon = a·lon + b and lat = c·lat + d. */
    private static Map<String, double[]> insets() {
        Map<String, double[]> truePlace = boxes(load("departements_2025"));
        Map<String, double[]> inset = boxes(load("departements_2025_drom_inset"));
        Map<String, double[]> out = new LinkedHashMap<>();
        truePlace.forEach((code, from) -> {
            double[] to = inset.get(code);
            if (!code.startsWith("97") || to == null) return;
            double a = (to[1] - to[0]) / (from[1] - from[0]);
            double c = (to[3] - to[2]) / (from[3] - from[2]);
            out.put(code, new double[] {a, to[0] - a * from[0], c, to[2] - c * from[2]});
        });
        return out;
    }

    /** By code, {min lon, max lon, min lat, max lat}. */
    private static Map<String, double[]> boxes(JsonNode collection) {
        Map<String, double[]> out = new HashMap<>();
        for (JsonNode f : collection.get("features")) {
            double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
            Frame.points(f.get("geometry").get("coordinates"), pt -> {
                box[0] = Math.min(box[0], pt[0]);
                box[1] = Math.max(box[1], pt[0]);
                box[2] = Math.min(box[2], pt[1]);
                box[3] = Math.max(box[3], pt[1]);
            });
            out.put(f.get("properties").get("code").asString(), box);
        }
        return out;
    }

    static JsonNode load(String file) {
        var resource = new ClassPathResource("data/geo/" + file + ".geojson.gz");
        try (InputStream in = new GZIPInputStream(resource.getInputStream())) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Fichier de contours illisible : " + file, e);
        }
    }
}
