package fr.resilience360.action.catalogue;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.action.CoBenefit;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Delay;
import fr.resilience360.action.Difficulty;
import java.util.List;

/**
 * A catalogue action as the pages and the API show it: every code with its French label (need names from the
 * referential, row designations, hazard labels from the impact chains), and where it sits in the catalogue.
 *
 * @param contributed whether it was added by an accepted contribution
 */
record ActionView(
        String id,
        String title,
        String summary,
        String description,
        Labelled axis,
        Labelled orientation,
        Labelled goal,
        boolean contributed,
        List<Labelled> needs,
        List<Row> rows,
        List<Labelled> hazards,
        List<BoussoleLever> levers,
        CostRange cost,
        Delay delay,
        Difficulty difficulty,
        List<CoBenefit> cobenefits,
        List<CatalogueAction.Example> examples,
        List<String> actors,
        List<CatalogueAction.Reference> references) {

    /** A code and its label (a need and its name, a hazard and its label, an axis and its title). */
    record Labelled(String id, String label) {}

    /** A Diag360 row the action improves: its id, the need it sits under and its designation. */
    record Row(String id, String need, String designation) {}
}
