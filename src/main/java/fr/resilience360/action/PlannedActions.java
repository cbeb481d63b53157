package fr.resilience360.action;

import java.util.Set;

/**
 * Which catalogue actions a territory's plan holds (the {@code plan} sub-package implements it): recommendations and
 * the catalogue's pages mark them « déjà dans le plan ».
 */
public interface PlannedActions {

    /** The catalogue ids of the actions in the territory's plan (none when it has no plan). */
    Set<String> catalogueIds(String territoryId);
}
