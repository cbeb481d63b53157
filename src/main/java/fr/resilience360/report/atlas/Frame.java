package fr.resilience360.report.atlas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Spherical Mercator fitted to the bounding box of the national map (régions with the overseas insets), in a frame of
 * {@link MapGeometry#WIDTH} × {@link MapGeometry#HEIGHT} pixels, y downwards.
 */
record Frame(double minX, double maxY, double scale) {

    static Frame of(JsonNode regions) {
        List<JsonNode> geometries = new ArrayList<>();
        for (JsonNode f : regions.get("features")) geometries.add(f.get("geometry"));
        return fitted(geometries, MapGeometry.WIDTH, MapGeometry.HEIGHT);
    }

    /** Fitted to the bounding box of these geometries, in a frame of at most {@code width} × {@code height}. */
    static Frame fitted(List<JsonNode> geometries, double width, double height) {
        double[] box = box(geometries);
        double scale = Math.min(width / (box[1] - box[0]), height / (box[3] - box[2]));
        return new Frame(box[0], box[3], scale);
    }

    /** The projected bounding box of these geometries: {min x, max x, min y, max y}, unscaled. */
    static double[] box(List<JsonNode> geometries) {
        double[] box = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (JsonNode g : geometries)
            points(g.get("coordinates"), pt -> {
                box[0] = Math.min(box[0], x(pt[0]));
                box[1] = Math.max(box[1], x(pt[0]));
                box[2] = Math.min(box[2], y(pt[1]));
                box[3] = Math.max(box[3], y(pt[1]));
            });
        return box;
    }

    /** SVG path data of a Polygon or MultiPolygon, moved first by {@code move} ({a, b, c, d}) when not null. */
    String path(JsonNode geometry, double[] move) {
        StringBuilder out = new StringBuilder();
        JsonNode coordinates = geometry.get("coordinates");
        if ("Polygon".equals(geometry.get("type").asString())) polygon(coordinates, move, out);
        else for (JsonNode polygon : coordinates) polygon(polygon, move, out);
        return out.toString();
    }

    private void polygon(JsonNode rings, double[] move, StringBuilder out) {
        boolean outer = true;
        for (JsonNode ring : rings) {
            // A ring smaller than the map's pixels vanishes, unless it is the polygon's outside: kept whole.
            if (ring(ring, move, MapGeometry.MIN_STEP, out) < 3 && outer) ring(ring, move, 0, out);
            outer = false;
        }
    }

    /** Writes a ring of at least 3 points and returns how many points it kept (nothing written below 3). */
    private int ring(JsonNode ring, double[] move, double minStep, StringBuilder out) {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        int kept = 0;
        int start = out.length();
        for (JsonNode pt : ring) {
            double lon = pt.get(0).asDouble();
            double lat = pt.get(1).asDouble();
            if (move != null) {
                lon = move[0] * lon + move[1];
                lat = move[2] * lat + move[3];
            }
            double px = (x(lon) - minX) * scale;
            double py = (maxY - y(lat)) * scale;
            if (kept > 0 && Math.hypot(px - lastX, py - lastY) < minStep) continue;
            out.append(kept == 0 ? 'M' : 'L').append(fmt(px)).append(',').append(fmt(py));
            lastX = px;
            lastY = py;
            kept++;
        }
        if (kept < 3) out.setLength(start);
        else out.append('Z');
        return kept;
    }

    static void points(JsonNode node, Consumer<double[]> consumer) {
        if (node.isArray() && node.size() > 0 && node.get(0).isNumber())
            consumer.accept(new double[] {node.get(0).asDouble(), node.get(1).asDouble()});
        else for (JsonNode child : node) points(child, consumer);
    }

    private static double x(double lon) {
        return Math.toRadians(lon);
    }

    private static double y(double lat) {
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
    }

    /** One decimal, without {@code String.format}: a commune map writes a million of them. */
    private static String fmt(double v) {
        long tenths = Math.round(v * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }
}
