package fr.resilience360.observatory.area;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A territory's outline (GeoJSON Polygon or MultiPolygon, WGS84 longitude/latitude) and whether a point falls inside
 * it: a bounding-box test first, then ray casting with the even-odd rule over all the rings of each polygon, so that a
 * hole (an enclave) is outside. A point exactly on an edge may fall either way, as with any ray casting.
 */
final class Outline {

    /** One ring: longitudes and latitudes of its vertices (closed or not). */
    record Ring(double[] x, double[] y) {}

    private final List<List<Ring>> polygons;
    private final double minX, minY, maxX, maxY;

    Outline(List<List<Ring>> polygons) {
        this.polygons = polygons;
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (List<Ring> polygon : polygons) {
            if (polygon.isEmpty()) continue;
            Ring outer = polygon.get(0);
            for (int i = 0; i < outer.x().length; i++) {
                x0 = Math.min(x0, outer.x()[i]);
                x1 = Math.max(x1, outer.x()[i]);
                y0 = Math.min(y0, outer.y()[i]);
                y1 = Math.max(y1, outer.y()[i]);
            }
        }
        minX = x0;
        minY = y0;
        maxX = x1;
        maxY = y1;
    }

    /** Reads a GeoJSON geometry; other types than Polygon and MultiPolygon have no area and are refused. */
    static Outline fromGeoJson(JsonNode geometry) {
        String type = geometry.get("type").asString();
        JsonNode coordinates = geometry.get("coordinates");
        List<List<Ring>> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(polygon(coordinates));
            case "MultiPolygon" -> coordinates.forEach(p -> polygons.add(polygon(p)));
            default -> throw new IllegalArgumentException("Contour de type " + type + " : polygone attendu");
        }
        return new Outline(polygons);
    }

    private static List<Ring> polygon(JsonNode rings) {
        List<Ring> out = new ArrayList<>();
        for (JsonNode ring : rings) {
            double[] x = new double[ring.size()], y = new double[ring.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = ring.get(i).get(0).asDouble();
                y[i] = ring.get(i).get(1).asDouble();
            }
            out.add(new Ring(x, y));
        }
        return out;
    }

    boolean inBoundingBox(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    boolean contains(double x, double y) {
        if (!inBoundingBox(x, y)) return false;
        for (List<Ring> polygon : polygons) {
            boolean inside = false;
            for (Ring ring : polygon) if (crossesOddTimes(ring, x, y)) inside = !inside;
            if (inside) return true;
        }
        return false;
    }

    /** Whether a ray from the point towards +x crosses the ring's edges an odd number of times. */
    private static boolean crossesOddTimes(Ring ring, double x, double y) {
        double[] xs = ring.x(), ys = ring.y();
        boolean odd = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y) && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) odd = !odd;
        }
        return odd;
    }

    /**
     * The centroid of the outer rings (shoelace formula), each polygon weighted by its area whatever the orientation of
     * its ring, as {longitude, latitude}; the centre of the bounding box for a degenerate outline.
     */
    double[] centroid() {
        double total = 0, cx = 0, cy = 0;
        for (List<Ring> polygon : polygons) {
            if (polygon.isEmpty()) continue;
            double[] xs = polygon.get(0).x(), ys = polygon.get(0).y();
            double area = 0, px = 0, py = 0;
            for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
                double cross = xs[j] * ys[i] - xs[i] * ys[j];
                area += cross;
                px += (xs[j] + xs[i]) * cross;
                py += (ys[j] + ys[i]) * cross;
            }
            if (area == 0) continue;
            double weight = Math.abs(area);
            cx += px / (3 * area) * weight;
            cy += py / (3 * area) * weight;
            total += weight;
        }
        if (total == 0) return new double[] {(minX + maxX) / 2, (minY + maxY) / 2};
        return new double[] {cx / total, cy / total};
    }
}
