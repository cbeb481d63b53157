package fr.resilience360.action.plan;

import java.util.List;

/** Actions for the plan's tests; a test names what it cares about and takes the rest from here. */
final class PlanFixtures {

    private PlanFixtures() {}

    /** A custom action « en cours » on need bv1, cheap, easy and quick, due on 30 June 2026. */
    static ActionInput custom(String title) {
        return new ActionInput(
                title,
                "Essai",
                "en-cours",
                "2026-01-01",
                "2026-06-30",
                null,
                "Mme Essai",
                null,
                null,
                null,
                List.of("bv1"),
                List.of("p1-l1"),
                "moins-10k",
                "faible",
                "court",
                List.of("climat"));
    }

    /** Only a title (custom action, everything else unknown). */
    static ActionInput titled(String title) {
        return new ActionInput(
                title, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A change of these fields only. */
    static ActionInput change(String status, String due, String pilot) {
        return new ActionInput(
                null, null, status, null, due, pilot, null, null, null, null, null, null, null, null, null, null);
    }
}
