package fr.resilience360.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.IntegrationTest;
import fr.resilience360.diagnostic.RelativeBornage;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritoryFixtures;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Positions and distributions are computed at recompute and read by key; they agree with the values of the level. */
@IntegrationTest
class RelativePositionsTest {

    private static final ObservationPeriod Y2022 = ObservationPeriod.ofYear(2022);

    @Autowired
    RelativePositions positions;

    @Autowired
    TerritoryDirectory directory;

    @Test
    void distributionAndPositionAgreeWithTheValuesOfTheLevel() {
        TerritorySummary lorient = ObservatoryFixtures.lorientAgglomeration(directory);
        double[] sorted = positions.sortedValues("part_residences_secondaires", Y2022, TerritoryType.EPCI);
        var distribution = positions
                .distribution("part_residences_secondaires", Y2022, TerritoryType.EPCI)
                .orElseThrow();
        var position = positions
                .position(lorient, "part_residences_secondaires", Y2022)
                .orElseThrow();

        assertThat(distribution.count()).isEqualTo(sorted.length);
        assertThat(distribution.median()).isCloseTo(RelativeBornage.quantile(sorted, 0.5), within(1e-9));
        assertThat(distribution.q10()).isCloseTo(RelativeBornage.quantile(sorted, 0.1), within(1e-9));
        assertThat(distribution.q90()).isCloseTo(RelativeBornage.quantile(sorted, 0.9), within(1e-9));
        long above = Arrays.stream(sorted).filter(v -> v > position.value()).count();
        assertThat(position.rank()).isEqualTo(above + 1);
    }

    @Test
    void everyStoredPositionOfACommuneCountsTheValuesBelowAndEqualToIt() {
        TerritorySummary lorient = directory.find(TerritoryFixtures.LORIENT).orElseThrow();
        Map<String, RelativePositions.Position> all = positions.positions(lorient);

        assertThat(all).hasSizeGreaterThan(20);
        all.values().forEach(p -> {
            double[] level = positions.sortedValues(p.indicatorId(), p.period(), TerritoryType.COMMUNE);
            long below = Arrays.stream(level).filter(v -> v < p.value()).count();
            long equal = Arrays.stream(level).filter(v -> v == p.value()).count();
            assertThat(p.count()).as(p.indicatorId()).isEqualTo(level.length);
            assertThat(p.rank()).as(p.indicatorId()).isEqualTo(level.length - below - equal + 1);
            assertThat(p.percentile())
                    .as(p.indicatorId())
                    .isCloseTo((below + 0.5 * equal) / level.length * 100, within(1e-9));
        });
    }

    @Test
    void peersShareTheDepartementAndTheNature() {
        TerritorySummary lorient = ObservatoryFixtures.lorientAgglomeration(directory);

        assertThat(positions.peers(lorient, "part_residences_secondaires", Y2022))
                .extracting(RelativePositions.Peer::id)
                .contains("200042174", "200067932") // CA Golfe du Morbihan - Vannes Agglomération
                .doesNotContain("200043123"); // CC Auray Quiberon: peers have the same nature (CA)
    }

    @Test
    void aLevelWithoutValuesHasNoDistribution() {
        assertThat(positions.distribution(
                        "part_residences_secondaires", ObservationPeriod.ofYear(1990), TerritoryType.EPCI))
                .isEmpty();
        assertThat(positions.count("part_residences_secondaires", ObservationPeriod.ofYear(1990), TerritoryType.EPCI))
                .isZero();
    }
}
