package fr.resilience360.action;

import java.util.List;

/**
 * The actions added to the catalogue by accepted contributions (the {@code contribution} sub-package implements it).
 * The {@link Catalogue} shows them beside the bundled ones.
 */
public interface ContributedActions {

    /** The accepted actions, each placed under an objectif of the bundled catalogue. */
    List<Placed> accepted();

    /** Changes whenever an action is accepted or withdrawn. */
    String version();

    /** An accepted action and the objectif it is placed under. */
    record Placed(String goalId, CatalogueAction action) {}
}
