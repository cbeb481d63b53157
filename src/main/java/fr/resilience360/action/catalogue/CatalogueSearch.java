package fr.resilience360.action.catalogue;

import fr.resilience360.action.Axis;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The catalogue's actions that pass a filter, flat (API) or in the tree axes → orientations → objectifs (page). */
@Component
class CatalogueSearch {

    private final Catalogue catalogue;
    private final ActionViews views;

    CatalogueSearch(Catalogue catalogue, ActionViews views) {
        this.catalogue = catalogue;
        this.views = views;
    }

    /** An objectif and its matching actions. */
    record GoalGroup(ActionView.Labelled goal, List<ActionView> actions) {}

    record OrientationGroup(ActionView.Labelled orientation, List<GoalGroup> goals) {}

    record AxisGroup(ActionView.Labelled axis, String description, int count, List<OrientationGroup> orientations) {}

    /**
     * @param total how many actions the whole catalogue holds
     * @param count how many pass the filter
     */
    record Results(int total, int count, List<AxisGroup> axes) {}

    /** The matching actions, in catalogue order. */
    List<ActionView> matching(ActionFilter filter) {
        return catalogue.actions().stream()
                .map(a -> catalogue.placement(a.id()).orElseThrow())
                .filter(filter::matches)
                .map(views::view)
                .toList();
    }

    /** The matching actions in the catalogue's tree; axes, orientations and objectifs without any are left out. */
    Results tree(ActionFilter filter) {
        List<AxisGroup> axes = new ArrayList<>();
        int count = 0;
        for (Axis axis : catalogue.axes()) {
            List<OrientationGroup> orientations = new ArrayList<>();
            int inAxis = 0;
            for (Axis.Orientation o : axis.orientations()) {
                List<GoalGroup> goals = new ArrayList<>();
                for (Axis.Goal g : o.goals()) {
                    List<ActionView> actions = matchingIn(g.actions(), filter);
                    if (!actions.isEmpty()) goals.add(new GoalGroup(labelled(g.id(), g.title()), actions));
                    inAxis += actions.size();
                }
                if (!goals.isEmpty()) orientations.add(new OrientationGroup(labelled(o.id(), o.title()), goals));
            }
            if (inAxis > 0)
                axes.add(new AxisGroup(labelled(axis.id(), axis.title()), axis.description(), inAxis, orientations));
            count += inAxis;
        }
        return new Results(catalogue.actions().size(), count, axes);
    }

    private List<ActionView> matchingIn(List<CatalogueAction> actions, ActionFilter filter) {
        return actions.stream()
                .map(a -> catalogue.placement(a.id()).orElseThrow())
                .filter(filter::matches)
                .map(views::view)
                .toList();
    }

    private static ActionView.Labelled labelled(String id, String title) {
        return new ActionView.Labelled(id, title);
    }
}
