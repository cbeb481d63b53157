package fr.resilience360.action;

import java.util.List;

/** An axis of the catalogue (e.g. « Résilience alimentaire »), one file {@code action/catalogue/{id}.yaml}. */
public record Axis(String id, String title, String description, List<Orientation> orientations) {

    public Axis {
        orientations = List.copyOf(orientations == null ? List.of() : orientations);
    }

    /** An orientation of an axis, made of objectifs. */
    public record Orientation(String id, String title, List<Goal> goals) {

        public Orientation {
            goals = List.copyOf(goals == null ? List.of() : goals);
        }
    }

    /** An objectif of an orientation, reached by the catalogue's actions. */
    public record Goal(String id, String title, List<CatalogueAction> actions) {

        public Goal {
            actions = List.copyOf(actions == null ? List.of() : actions);
        }
    }

    /** Every action of the axis, in file order. */
    public List<CatalogueAction> actions() {
        return orientations.stream()
                .flatMap(o -> o.goals().stream())
                .flatMap(g -> g.actions().stream())
                .toList();
    }
}
