package fr.resilience360.action.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.action.RecommendedActions;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What other modules read of a territory's recommendations: the same first actions, ranks and reasons as its page. */
@IntegrationTest
class RankedActionsTest {

    @Autowired
    RecommendedActions recommended;

    @Autowired
    Recommendations recommendations;

    @Autowired
    Territories territories;

    @Test
    void theFirstActionsAreThoseOfTheTerritorysRecommendations() {
        TerritorySummary lorient = territories.require("200042174");
        var top = recommended.top(lorient, 4);
        var page = recommendations.of(lorient).actions(null, 4);

        assertThat(top).hasSize(4);
        for (int i = 0; i < top.size(); i++) {
            assertThat(top.get(i).rank()).isEqualTo(i + 1).isEqualTo(page.get(i).rank());
            assertThat(top.get(i).actionId()).isEqualTo(page.get(i).action().id());
            assertThat(top.get(i).reason()).isEqualTo(page.get(i).reason());
            assertThat(top.get(i).path())
                    .isEqualTo("/actions/" + page.get(i).action().id());
        }
        assertThat(recommended.version()).isEqualTo(recommendations.version());
    }
}
