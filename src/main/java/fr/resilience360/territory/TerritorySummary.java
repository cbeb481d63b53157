package fr.resilience360.territory;

/**
 * A territory as listed in search results, parents and members.
 *
 * @param nature the finer kind: CC/CA/CU/METRO for an EPCI, commune-actuelle, commune-deleguee… for a commune
 * @param population municipal population (INSEE, via COG 2025); null when not published
 */
public record TerritorySummary(String code, String name, TerritoryType type, String nature, Integer population) {}
