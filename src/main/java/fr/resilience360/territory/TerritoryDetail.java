package fr.resilience360.territory;

import java.util.List;

/**
 * Everything the territory page and API show about one territory.
 *
 * @param parents the territories it belongs to, from the largest (France) to the closest
 * @param members its direct members: régions of France, départements of a région, communes of a
 *     département or an EPCI
 * @param epcis for a département, the EPCI that have communes in it
 * @param secondary for a commune, its communes déléguées/associées or arrondissements
 */
public record TerritoryDetail(
        TerritorySummary territory,
        String siren,
        List<String> postalCodes,
        String zone,
        List<TerritorySummary> parents,
        List<TerritorySummary> members,
        List<TerritorySummary> epcis,
        List<SecondaryTerritory> secondary) {

    public String id() {
        return territory.id();
    }

    public String code() {
        return territory.code();
    }

    public String name() {
        return territory.name();
    }

    public TerritoryType type() {
        return territory.type();
    }
}
