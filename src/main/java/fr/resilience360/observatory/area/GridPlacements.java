package fr.resilience360.observatory.area;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which grid points stand for each territory: those inside its outline; for a territory too small to hold one, the
 * point nearest the centre of its outline when it is closer than {@link #FALLBACK_KM}; none otherwise (overseas
 * territories, which the grid does not cover).
 */
final class GridPlacements {

    /**
     * One and a half grid spacings (8 km): the centre of a small territory on land is at most ≈ 6 km from a point, and
     * an overseas territory thousands of km away.
     */
    static final double FALLBACK_KM = 12;

    /** The points standing for a territory; {@code fallbackKm} is the distance of the nearest point, when used. */
    record Placement(int[] points, Double fallbackKm) {}

    private GridPlacements() {}

    static Map<String, Placement> place(SafranGrid grid, Map<String, Outline> outlines) {
        Map<String, Placement> placements = new HashMap<>();
        outlines.forEach((id, outline) -> {
            int[] inside = grid.inside(outline);
            if (inside.length > 0) {
                placements.put(id, new Placement(inside, null));
                return;
            }
            double[] centre = outline.centroid();
            int nearest = grid.nearest(centre[0], centre[1]);
            double distance = nearest < 0 ? Double.POSITIVE_INFINITY : grid.distanceKm(nearest, centre[0], centre[1]);
            if (distance <= FALLBACK_KM) placements.put(id, new Placement(new int[] {nearest}, distance));
        });
        return placements;
    }

    /** The points inside any of these territories' outlines (France: the points inside its régions), each once. */
    static Placement union(Iterable<Placement> parts) {
        TreeSet<Integer> points = new TreeSet<>();
        for (Placement p : parts) if (p.fallbackKm() == null) for (int i : p.points()) points.add(i);
        return new Placement(points.stream().mapToInt(Integer::intValue).toArray(), null);
    }
}
