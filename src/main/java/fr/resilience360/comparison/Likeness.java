package fr.resilience360.comparison;

import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.typology.DensityClass;

/**
 * What a territory is compared on: its level and EPCI nature (in {@code territory}), its density from the typology (a
 * commune's class on the 7-level grid, an EPCI's dominant group on the 4-level grid; null for départements, régions
 * and communes the grid does not cover), its département and its région (null when it has none).
 */
record Likeness(
        TerritorySummary territory,
        DensityClass density,
        DensityClass.Group densityGroup,
        TerritorySummary departement,
        TerritorySummary region) {}
