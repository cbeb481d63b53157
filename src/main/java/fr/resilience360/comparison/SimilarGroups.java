package fr.resilience360.comparison;

import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.typology.DensityClass;
import java.util.ArrayList;
import java.util.List;

/**
 * The groups of similar territories a territory is compared with, narrowest first. The comparison uses the narrowest
 * group with at least {@link #MIN_MEMBERS} scored territories, the territory itself included, and widens otherwise:
 *
 * <ul>
 *   <li>EPCI: same nature (métropoles together, Lyon's included), same dominant density (4-level grid) and same
 *       région; then the same nature and density in France; then the same nature;
 *   <li>commune: same density class (7-level grid) and same département; then same région; then France;
 *   <li>département: same région, then France; région: every région.
 * </ul>
 */
final class SimilarGroups {

    /** Fewer than five values give quartiles that say little: the group is widened below that. */
    static final int MIN_MEMBERS = 5;

    private SimilarGroups() {}

    /**
     * A group of similar territories.
     *
     * @param label who they are, in French (« Communautés d'agglomération de densité intermédiaire, région Bretagne »)
     * @param criteria what they share (« même nature, même densité dominante, même région »)
     */
    record Group(String key, String label, String criteria) {}

    /** The groups of a territory, narrowest first; never empty for a commune, EPCI, département or région. */
    static List<Group> cascade(Likeness t) {
        return switch (t.territory().type()) {
            case EPCI -> epci(t);
            case COMMUNE -> commune(t);
            case DEPARTEMENT -> departement(t);
            case REGION -> List.of(new Group("region", "Régions de France", "toutes les régions"));
            case PAYS -> List.of();
        };
    }

    private static List<Group> epci(Likeness t) {
        String nature = natureGroup(t.territory().nature());
        String plural = naturePlural(nature);
        String key = "epci/" + nature;
        List<Group> groups = new ArrayList<>();
        if (t.densityGroup() != null) {
            String dense = plural + " " + densityAdjective(t.densityGroup());
            String densityKey = key + "/" + t.densityGroup().level();
            if (t.region() != null)
                groups.add(new Group(
                        densityKey + "/" + t.region().id(),
                        dense + ", région " + t.region().name(),
                        "même nature, même densité dominante, même région"));
            groups.add(new Group(densityKey, dense + " de France", "même nature, même densité dominante"));
        }
        groups.add(new Group(key, plural + " de France", "même nature"));
        return groups;
    }

    private static List<Group> commune(Likeness t) {
        String key =
                "commune/" + (t.density() == null ? "hors-grille" : t.density().level());
        String label = t.density() == null
                ? "Communes hors grille de densité"
                : "Communes de la classe « " + t.density().label() + " »";
        String same = t.density() == null ? "hors grille de densité" : "même classe de densité";
        List<Group> groups = new ArrayList<>();
        if (t.departement() != null)
            groups.add(in(key, label, same, t.departement(), "département", "même département"));
        if (t.region() != null) groups.add(in(key, label, same, t.region(), "région", "même région"));
        groups.add(new Group(key, label + " de France", same));
        return groups;
    }

    private static List<Group> departement(Likeness t) {
        List<Group> groups = new ArrayList<>();
        if (t.region() != null)
            groups.add(new Group(
                    "departement/" + t.region().id(),
                    "Départements de la région " + t.region().name(),
                    "même région"));
        groups.add(new Group("departement", "Départements de France", "tous les départements"));
        return groups;
    }

    private static Group in(
            String key, String label, String same, TerritorySummary area, String areaKind, String sameArea) {
        return new Group(key + "/" + area.id(), label + ", " + areaKind + " " + area.name(), same + ", " + sameArea);
    }

    /** The nature an EPCI is grouped by: the Métropole de Lyon (MET69) with the other métropoles. */
    static String natureGroup(String nature) {
        return nature == null ? "autre" : nature.equals("MET69") ? "METRO" : nature;
    }

    static String naturePlural(String natureGroup) {
        return switch (natureGroup) {
            case "CC" -> "Communautés de communes";
            case "CA" -> "Communautés d'agglomération";
            case "CU" -> "Communautés urbaines";
            case "METRO" -> "Métropoles";
            default -> "EPCI de nature " + natureGroup;
        };
    }

    static String densityAdjective(DensityClass.Group group) {
        return switch (group) {
            case DENSE -> "densément peuplées";
            case INTERMEDIAIRE -> "de densité intermédiaire";
            case PEU_DENSE -> "peu denses";
            case TRES_PEU_DENSE -> "très peu denses";
        };
    }
}
