package fr.resilience360.action;

import fr.resilience360.territory.TerritorySummary;
import java.util.List;

/**
 * A territory's recommended catalogue actions, for documents printed outside the module (the {@code recommendation}
 * sub-package implements it): the same ranking and reasons as the territory's « Recommandations » page, the same for
 * everyone (no plan marks).
 */
public interface RecommendedActions {

    /** The first {@code limit} actions, rank 1 first. */
    List<Recommended> top(TerritorySummary territory, int limit);

    /** Changes whenever the recommendations of any territory may change. */
    String version();

    /**
     * @param rank 1 for the first
     * @param needName the need its reason names, null when it improves no scored need
     * @param reason why it is recommended, in plain French
     */
    record Recommended(int rank, String actionId, String title, String summary, String needName, String reason) {

        /** Its page on the site, relative to the site. */
        public String path() {
            return "/actions/" + actionId;
        }
    }
}
