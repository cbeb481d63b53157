package fr.resilience360.territory.typology;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.territory.TerritoryFixtures;
import fr.resilience360.territory.TerritoryType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Comparable territories: the closest populations by ratio, walking outwards from the territory. */
class TypologyIndexTest {

    private static final List<Integer> POPULATIONS = List.of(16_000, 1_000, 4_000, 8_000, 2_000, 100_000);

    @ParameterizedTest(name = "{0} hab., {1} au plus → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # territory's population | limit | comparable populations, closest first
              4000 | 2 | 2000 8000
              4000 | 5 | 2000 8000 1000 16000 100000
              4000 | 9 | 2000 8000 1000 16000 100000
              1000 | 3 | 2000 4000 8000
            100000 | 2 | 16000 8000
             16000 | 3 | 8000 4000 100000
            """)
    void closestPopulationsByRatioComeFirstAndTheTerritoryIsLeftOut(int population, int limit, String expected) {
        List<Typology> group = new ArrayList<>(
                POPULATIONS.stream().map(TypologyIndexTest::typology).toList());
        group.sort(TypologyIndex.BY_POPULATION);
        Typology territory = group.stream()
                .filter(t -> t.territory().population() == population)
                .findFirst()
                .orElseThrow();

        List<Typology> closest = TypologyIndex.closest(group, territory, limit);

        assertThat(closest)
                .extracting(t -> String.valueOf(t.territory().population()))
                .containsExactly(expected.split(" "));
        assertThat(closest).doesNotContain(territory);
    }

    private static Typology typology(int population) {
        return new Typology(
                TerritoryFixtures.anyTerritory("T" + population, "T" + population, TerritoryType.EPCI, population),
                null,
                null,
                List.of());
    }
}
