package fr.resilience360.action;

import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import fr.resilience360.vulnerability.Hazard;
import fr.resilience360.vulnerability.StressTests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The catalogue of actions for every part of the module: the bundled axes (read and checked at start: an incoherent
 * file stops the application with a French message naming it) and the actions added by accepted contributions, placed
 * under their objectif. Held in memory, rebuilt only when the contributions change.
 */
@Service
public class Catalogue {

    private final List<Axis> bundled;
    private final CatalogueFiles.Known known;
    private final ObjectProvider<ContributedActions> contributions;
    private volatile Snapshot snapshot;

    Catalogue(Referentials referentials, StressTests stressTests, ObjectProvider<ContributedActions> contributions) {
        Referential diag360 = referentials.byId(Referentials.DIAG360);
        this.known = new CatalogueFiles.Known(
                diag360.needs().stream().map(n -> n.id()).collect(Collectors.toSet()),
                diag360.rows().stream()
                        .collect(Collectors.groupingBy(
                                r -> r.id(), Collectors.mapping(r -> r.need(), Collectors.toSet()))),
                stressTests.chains().hazards().stream().map(Hazard::id).collect(Collectors.toSet()));
        this.bundled = CatalogueFiles.fromClasspath(known);
        this.contributions = contributions;
    }

    /** What an action may name: a contributed action is checked against it before it is accepted. */
    public CatalogueFiles.Known known() {
        return known;
    }

    /** The axes with their orientations, objectifs and actions (contributed ones included). */
    public List<Axis> axes() {
        return current().axes();
    }

    /** Every action, in catalogue order. */
    public List<CatalogueAction> actions() {
        return current().axes().stream().flatMap(a -> a.actions().stream()).toList();
    }

    public Optional<CatalogueAction> action(String id) {
        return Optional.ofNullable(current().places().get(id)).map(Placement::action);
    }

    /** Where an action sits: its axis, orientation and objectif. */
    public Optional<Placement> placement(String actionId) {
        return Optional.ofNullable(current().places().get(actionId));
    }

    /** The actions that improve a need, in catalogue order. */
    public List<CatalogueAction> improving(String needId) {
        return actions().stream().filter(a -> a.needs().contains(needId)).toList();
    }

    /** The actions that serve a Boussole lever, in catalogue order. */
    public List<CatalogueAction> serving(BoussoleLever lever) {
        return actions().stream().filter(a -> a.levers().contains(lever)).toList();
    }

    /** Changes whenever the catalogue changes (an accepted contribution): the key of pages and results kept. */
    public String version() {
        return current().version();
    }

    /**
     * An action and where it sits.
     *
     * @param contributed whether it was added by an accepted contribution
     */
    public record Placement(
            CatalogueAction action, Axis axis, Axis.Orientation orientation, Axis.Goal goal, boolean contributed) {}

    private record Snapshot(String version, List<Axis> axes, Map<String, Placement> places) {}

    private Snapshot current() {
        ContributedActions extra = contributions.getIfAvailable();
        String version = "1/" + (extra == null ? "-" : extra.version());
        Snapshot s = snapshot;
        if (s != null && s.version().equals(version)) return s;
        List<ContributedActions.Placed> added = extra == null ? List.of() : extra.accepted();
        Snapshot built = build(version, added);
        snapshot = built;
        return built;
    }

    private Snapshot build(String version, List<ContributedActions.Placed> added) {
        List<Axis> axes = new ArrayList<>();
        Map<String, Placement> places = new LinkedHashMap<>();
        for (Axis axis : bundled) axes.add(withContributions(axis, added));
        for (Axis axis : axes)
            for (Axis.Orientation o : axis.orientations())
                for (Axis.Goal g : o.goals())
                    for (CatalogueAction a : g.actions())
                        places.putIfAbsent(a.id(), new Placement(a, axis, o, g, isContributed(a, added)));
        return new Snapshot(version, List.copyOf(axes), places);
    }

    private static boolean isContributed(CatalogueAction action, List<ContributedActions.Placed> added) {
        return added.stream().anyMatch(p -> p.action().id().equals(action.id()));
    }

    private static Axis withContributions(Axis axis, List<ContributedActions.Placed> added) {
        if (added.isEmpty()) return axis;
        List<Axis.Orientation> orientations = axis.orientations().stream()
                .map(o -> new Axis.Orientation(
                        o.id(),
                        o.title(),
                        o.goals().stream().map(g -> withContributions(g, added)).toList()))
                .toList();
        return new Axis(axis.id(), axis.title(), axis.description(), orientations);
    }

    private static Axis.Goal withContributions(Axis.Goal goal, List<ContributedActions.Placed> added) {
        List<CatalogueAction> actions = new ArrayList<>(goal.actions());
        added.stream()
                .filter(p -> p.goalId().equals(goal.id()))
                .map(ContributedActions.Placed::action)
                .forEach(actions::add);
        return new Axis.Goal(goal.id(), goal.title(), actions);
    }
}
