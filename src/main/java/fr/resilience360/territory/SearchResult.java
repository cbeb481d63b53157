package fr.resilience360.territory;

/**
 * One hit of the territory search. A secondary territory (commune déléguée…) leads to its commune.
 *
 * @param id the identifier of the territory the hit leads to
 * @param code its official code
 * @param label what was found, e.g. "Lorient" or "Arbignieu (commune déléguée)"
 * @param context where it is, e.g. "Morbihan" or "Arboys en Bugey"
 */
public record SearchResult(
        String id, String code, String label, TerritoryType type, String nature, Integer population, String context) {}
