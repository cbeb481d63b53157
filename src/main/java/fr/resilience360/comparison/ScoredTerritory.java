package fr.resilience360.comparison;

/**
 * A territory's scores from its pre-filled diagnostic, in the referential's order: each need's score (null when no
 * row of it is pre-filled) and number of notes, each need category's and objective's score.
 */
record ScoredTerritory(
        String territoryId,
        String type,
        Double[] needs,
        Integer[] needNotes,
        Double[] categories,
        Double[] objectives) {}
