package fr.resilience360.action.recommendation;

import fr.resilience360.shared.BadParameterException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the page {@code /territoires/{code}/recommandations} shows: the recommendation, the asked need (its actions
 * under the anchor {@code #besoin-…}) or the first {@value #SHOWN} actions, the plan's marks when the reader may see
 * them, and the French error of a parameter the page could not use (then the page shows every need's first actions).
 *
 * @param focus the need asked with {@code besoin}, null for all
 * @param planned the catalogue ids in the plan, null when the reader may not know them
 * @param error null when every parameter was understood
 */
record RecommendationPage(
        Recommendation r,
        NeedWeakness.Need focus,
        List<Recommendation.Ranked> actions,
        int total,
        Set<String> planned,
        BadParameterException error) {

    static final int SHOWN = 20;

    static RecommendationPage of(Recommendation r, String besoin, String limite, Optional<Set<String>> planned) {
        List<String> ids = r.needs().stream().map(NeedWeakness.Need::id).toList();
        RecommendationQuery query;
        BadParameterException error = null;
        try {
            query = RecommendationQuery.parse(besoin, limite, ids);
        } catch (BadParameterException e) {
            query = new RecommendationQuery(null, RecommendationQuery.MAX_LIMIT);
            error = e;
        }
        int limit = query.need() == null && (limite == null || error != null) ? SHOWN : query.limit();
        return new RecommendationPage(
                r,
                query.need() == null ? null : r.need(query.need()),
                r.actions(query.need(), limit),
                r.actions(query.need(), RecommendationQuery.MAX_LIMIT).size(),
                planned.orElse(null),
                error);
    }

    /** A figure in French, or « non calculé » when there is none. */
    public String figure(Double value) {
        return value == null ? "non calculé" : RecommendationReasons.decimal(value);
    }

    public String needNames(List<String> ids) {
        return String.join(", ", ids.stream().map(this::needName).toList());
    }

    private String needName(String id) {
        NeedWeakness.Need need = r.need(id);
        return need == null ? id : need.name();
    }

    public int improving(String needId) {
        return (int) r.actions().stream().filter(a -> a.improves(needId)).count();
    }

    public boolean inPlan(String actionId) {
        return planned != null && planned.contains(actionId);
    }

    public boolean hasPerceptions() {
        return r.needs().stream().anyMatch(n -> n.perception() != null);
    }
}
