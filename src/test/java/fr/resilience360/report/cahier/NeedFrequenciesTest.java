package fr.resilience360.report.cahier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A type's typical weak needs: counted over the members that have scores, most frequent first. */
class NeedFrequenciesTest {

    static final List<Need> NEEDS =
            new Referentials().byId(Referentials.DIAG360).needs().subList(0, 4);

    @Test
    void aNeedCountsForEachMemberThatHasItAmongItsTwoWeakest() {
        Need a = NEEDS.get(0), b = NEEDS.get(1), c = NEEDS.get(2), d = NEEDS.get(3);
        var scores = Map.of(
                "1", Map.of(a.id(), 0.1, b.id(), 0.2, c.id(), 0.9, d.id(), 0.8),
                "2", Map.of(a.id(), 0.3, b.id(), 0.9, c.id(), 0.1, d.id(), 0.7),
                "3", Map.of(a.id(), 0.2, b.id(), 0.5, c.id(), 0.6, d.id(), 0.05));

        var weak = NeedFrequencies.weakest(members("1", "2", "3", "sans-scores"), scores, NEEDS, 2);

        assertThat(weak).first().satisfies(f -> {
            assertThat(f.id()).isEqualTo(a.id());
            assertThat(f.count()).isEqualTo(3);
            assertThat(f.of()).as("the member without scores is not counted").isEqualTo(3);
            assertThat(f.percent()).isEqualTo(100);
        });
        assertThat(weak.stream().map(TypeCahier.Frequency::count)).containsExactly(3, 1, 1, 1);
    }

    @Test
    void aNeedWithoutScoreIsNeverAmongTheWeakest() {
        Need a = NEEDS.get(0), b = NEEDS.get(1);
        var weak = NeedFrequencies.weakest(members("1"), Map.of("1", Map.of(b.id(), 0.9)), NEEDS, 2);

        assertThat(weak)
                .extracting(TypeCahier.Frequency::id)
                .containsExactly(b.id())
                .doesNotContain(a.id());
    }

    private static List<TerritorySummary> members(String... ids) {
        return java.util.Arrays.stream(ids)
                .map(id -> new TerritorySummary(id, id, "EPCI " + id, TerritoryType.EPCI, "CC", 1000))
                .toList();
    }
}
