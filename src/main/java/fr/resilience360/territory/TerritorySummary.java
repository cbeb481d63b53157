package fr.resilience360.territory;

/**
 * A territory as listed in search results, parents and members.
 *
 * @param id the identifier used in URLs (see {@link TerritoryType#idOf})
 * @param code the official code: INSEE code, or SIREN for an EPCI
 * @param nature the finer kind: CC/CA/CU/METRO for an EPCI, commune-actuelle, commune-deleguee… for a commune
 * @param population municipal population (INSEE, via COG 2025); null when not published
 */
public record TerritorySummary(
        String id, String code, String name, TerritoryType type, String nature, Integer population) {}
