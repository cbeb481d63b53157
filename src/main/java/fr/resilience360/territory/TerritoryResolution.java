package fr.resilience360.territory;

import java.util.List;

/**
 * What a code typed by a user designates (see {@link Territories#lookUp}): one territory, none, or several (an
 * official code shared by two levels, e.g. 53 for Bretagne and Mayenne).
 */
public sealed interface TerritoryResolution {

    /** The code designates exactly this territory (by its identifier, or by an unambiguous official code). */
    record Found(TerritorySummary territory) implements TerritoryResolution {}

    /** No territory has this identifier or official code. */
    record Unknown(String code) implements TerritoryResolution {}

    /** Several territories have this official code: the user must give an identifier. */
    record Ambiguous(String code, List<TerritorySummary> candidates) implements TerritoryResolution {}
}
