package fr.resilience360.action.plan;

/**
 * One level of sub-actions (issue 12, item 6): a sub-action's parent is a top-level action, so a sub-action cannot
 * have sub-actions. Also enforced by the database (trigger {@code action.plan_action_one_level}, V90).
 */
final class SubActions {

    static final String REFUSAL =
            "Une sous-action ne peut pas avoir de sous-action : choisissez une action de premier niveau.";

    private SubActions() {}

    static boolean mayHaveSubActions(PlanAction parent) {
        return !parent.subAction();
    }
}
