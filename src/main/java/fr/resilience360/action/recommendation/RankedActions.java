package fr.resilience360.action.recommendation;

import fr.resilience360.action.RecommendedActions;
import fr.resilience360.territory.TerritorySummary;
import java.util.List;
import org.springframework.stereotype.Component;

/** The recommendations of a territory for the printed portrait (module {@code report}). */
@Component
class RankedActions implements RecommendedActions {

    private final Recommendations recommendations;

    RankedActions(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public List<Recommended> top(TerritorySummary territory, int limit) {
        Recommendation r = recommendations.of(territory);
        return r.actions(null, limit).stream()
                .map(a -> new Recommended(
                        a.rank(),
                        a.action().id(),
                        a.action().title(),
                        a.action().summary(),
                        a.need() == null ? null : r.need(a.need()).name(),
                        a.reason()))
                .toList();
    }

    @Override
    public String version() {
        return recommendations.version();
    }
}
