package fr.resilience360.territory.typology;

import fr.resilience360.territory.TerritorySummary;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A commune's or an EPCI's typology: the attributes read from the bundled files (a commune) or derived from its
 * communes (an EPCI), and its types with the rule that gave each.
 *
 * @param commune for a commune, what the typology files say of it; null for an EPCI
 * @param epci for an EPCI, its profile derived from its communes; null for a commune
 */
public record Typology(
        TerritorySummary territory, CommuneAttributes commune, EpciProfile epci, List<AssignedType> types) {

    public Set<ResilienceType> typeSet() {
        Set<ResilienceType> set = EnumSet.noneOf(ResilienceType.class);
        types.forEach(t -> set.add(t.type()));
        return set;
    }
}
