package fr.resilience360.action.catalogue;

import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import fr.resilience360.vulnerability.Hazard;
import fr.resilience360.vulnerability.StressTests;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns the catalogue's codes into what a reader understands: need names and row designations from the Diag360
 * referential, hazard labels from the impact chains in use. A code that is no longer known (the chains were
 * reloaded without it) is shown as is rather than dropped.
 */
@Component
class ActionViews {

    private final Catalogue catalogue;
    private final Referential diag360;
    private final StressTests stressTests;

    ActionViews(Catalogue catalogue, Referentials referentials, StressTests stressTests) {
        this.catalogue = catalogue;
        this.diag360 = referentials.byId(Referentials.DIAG360);
        this.stressTests = stressTests;
    }

    /** The Diag360 needs, in the referential's order. */
    List<ActionView.Labelled> needs() {
        return diag360.needs().stream()
                .map(n -> new ActionView.Labelled(n.id(), n.name()))
                .toList();
    }

    /** The hazards of the impact chains, in the catalogue of hazards' order. */
    List<ActionView.Labelled> hazards() {
        return stressTests.chains().hazards().stream()
                .map(h -> new ActionView.Labelled(h.id(), h.label()))
                .toList();
    }

    String needName(String id) {
        return diag360.needs().stream()
                .filter(n -> n.id().equals(id))
                .map(Need::name)
                .findFirst()
                .orElse(id);
    }

    Optional<ActionView> view(String actionId) {
        return catalogue.placement(actionId).map(this::view);
    }

    ActionView view(Catalogue.Placement place) {
        CatalogueAction a = place.action();
        return new ActionView(
                a.id(),
                a.title(),
                a.summary(),
                a.description(),
                new ActionView.Labelled(place.axis().id(), place.axis().title()),
                new ActionView.Labelled(
                        place.orientation().id(), place.orientation().title()),
                new ActionView.Labelled(place.goal().id(), place.goal().title()),
                place.contributed(),
                a.needs().stream()
                        .map(n -> new ActionView.Labelled(n, needName(n)))
                        .toList(),
                a.rows().stream().map(r -> row(r, a.needs())).toList(),
                a.hazards().stream()
                        .map(h -> new ActionView.Labelled(h, hazardLabel(h)))
                        .toList(),
                a.levers(),
                a.cost(),
                a.delay(),
                a.difficulty(),
                a.cobenefits(),
                a.examples(),
                a.actors(),
                a.references());
    }

    /** A row under the first of the action's needs that holds it (a few rows sit under every need). */
    private ActionView.Row row(String rowId, List<String> needs) {
        List<IndicatorRow> rows =
                diag360.rows().stream().filter(r -> r.id().equals(rowId)).toList();
        IndicatorRow row = rows.stream()
                .filter(r -> needs.contains(r.need()))
                .findFirst()
                .or(() -> rows.stream().findFirst())
                .orElse(null);
        return row == null
                ? new ActionView.Row(rowId, null, rowId)
                : new ActionView.Row(rowId, row.need(), row.definition().designation());
    }

    private String hazardLabel(String id) {
        return stressTests.chains().hazard(id).map(Hazard::label).orElse(id);
    }
}
