package fr.resilience360.territory.typology;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bundled typology files say of one commune. Absent values (the collectivités d'outre-mer, which the INSEE
 * grids and the mountain list do not cover) are null.
 *
 * @param code INSEE code (COG 2025)
 * @param zone {@code metro}, {@code drom} (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte) or {@code com}
 *     (collectivités d'outre-mer)
 * @param areaKm2 area (COG 2024)
 * @param density level of the INSEE density grid 2025
 * @param aav the aire d'attraction des villes 2020 the commune belongs to, and its place in it
 * @param mountain in the zone de montagne (loi Montagne, 2025)
 * @param mountainPartial partly in the zone de montagne (no commune is, in the 2025 list)
 * @param massif the massif the commune belongs to, or null
 * @param coastal under the loi Littoral for the sea (2019 list; lake and estuary communes are not in it)
 * @param acv in Action cœur de ville
 * @param pvd in Petites villes de demain
 * @param ort under an Opération de revitalisation de territoire
 */
public record CommuneAttributes(
        String code,
        String zone,
        Double areaKm2,
        DensityClass density,
        Aav aav,
        Boolean mountain,
        Boolean mountainPartial,
        String massif,
        boolean coastal,
        boolean acv,
        boolean pvd,
        boolean ort) {

    /**
     * An aire d'attraction des villes 2020 and the commune's place in it (labels from INSEE's legend of codes).
     *
     * @param code the aire's code ({@code 000} for communes outside any aire)
     * @param category CATEAAV2020: 11 commune-centre, 12 other commune of the main pole, 13 secondary pole, 20 crown,
     *     30 outside any aire
     * @param size TAAV2017: size of the aire, 0 (outside) to 5 (Paris)
     */
    public record Aav(String code, String name, String category, String categoryLabel, String size, String sizeLabel) {

        /** In the main pole of its aire: its commune-centre or another commune of the main pole. */
        public boolean inMainPole() {
            return category.equals("11") || category.equals("12");
        }
    }

    /**
     * Whether the loi Littoral list covers the commune: not in the collectivités d'outre-mer, which have their own
     * statutes (their flag reads 0 in the file, which does not mean inland).
     */
    public boolean coastalListCovers() {
        return !zone.equals("com");
    }

    /** In a département or collectivité d'outre-mer. */
    public boolean overseas() {
        return zone.equals("drom") || zone.equals("com");
    }

    /** In the zone de montagne, wholly or partly (no commune is partly, in the 2025 list). */
    public boolean inMountainZone() {
        return Boolean.TRUE.equals(mountain) || Boolean.TRUE.equals(mountainPartial);
    }

    /** The ANCT programmes the commune takes part in, by their French names. */
    public List<String> programmes() {
        List<String> out = new ArrayList<>();
        for (Programme p : Programme.values()) if (in(p)) out.add(p.label());
        return out;
    }

    public boolean in(Programme programme) {
        return switch (programme) {
            case ACV -> acv;
            case PVD -> pvd;
            case ORT -> ort;
        };
    }

    /** The ANCT programmes of the typology. */
    public enum Programme {
        ACV("Action cœur de ville"),
        PVD("Petites villes de demain"),
        ORT("Opération de revitalisation de territoire (ORT)");

        private final String label;

        Programme(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
