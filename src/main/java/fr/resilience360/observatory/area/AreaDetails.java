package fr.resilience360.observatory.area;

import java.util.Locale;

/** The French sentence stored with an area value to say which points of the grid it is the mean of. */
final class AreaDetails {

    private AreaDetails() {}

    static String of(String grid, String territory, int points, Double fallbackKm) {
        if (fallbackKm != null)
            return "aucun point de la " + grid + " dans le contour : point le plus proche de son centre (à "
                    + String.format(Locale.FRANCE, "%.1f", fallbackKm) + " km)";
        String where = territory.equals("FR") ? "dans le contour des régions" : "dans le contour";
        return points == 1
                ? "valeur du seul point de la " + grid + " " + where
                : "moyenne de " + points + " points de la " + grid + " " + where;
    }
}
