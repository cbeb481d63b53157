package fr.resilience360.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.shared.SearchText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private final SearchIndex index = new SearchIndex(List.of(
            entry("56121", "Lorient", TerritoryType.COMMUNE, 58_329, Set.of("56100")),
            entry("200042174", "CA Lorient Agglomération", TerritoryType.EPCI, 208_113, Set.of()),
            entry("42218", "Saint-Étienne", TerritoryType.COMMUNE, 173_136, Set.of("42000")),
            entry("76575", "Saint-Étienne-du-Rouvray", TerritoryType.COMMUNE, 29_518, Set.of()),
            entry("44158", "Saint-Étienne-de-Montluc", TerritoryType.COMMUNE, 7_780, Set.of()),
            entry("35238", "Rennes", TerritoryType.COMMUNE, 227_830, Set.of("35000"))));

    @Test
    void everyQueryWordMustStartAWordOfTheName() {
        assertThat(ids("etienne rouv")).containsExactly("76575");
        assertThat(ids("tienne")).isEmpty();
        assertThat(ids("lor agglo")).containsExactly("200042174");
    }

    @Test
    void exactNameComesBeforeLongerNamesThenPopulationDecides() {
        assertThat(ids("saint etienne")).containsExactly("42218", "76575", "44158");
        assertThat(ids("lorient")).containsExactly("56121", "200042174");
    }

    @Test
    void codesSirenAndPostalCodesMatchExactlyAndComeFirst() {
        assertThat(ids("56100")).containsExactly("56121");
        assertThat(ids("200042174")).containsExactly("200042174");
        assertThat(ids("5612")).isEmpty();
    }

    @Test
    void typeFilterAndLimitApply() {
        assertThat(index.search("lorient", "lorient", List.of("lorient"), TerritoryType.EPCI, 10))
                .extracting(SearchResult::id)
                .containsExactly("200042174");
        assertThat(index.search("saint", "saint", List.of("saint"), null, 2))
                .extracting(SearchResult::id)
                .containsExactly("42218", "76575");
    }

    @Test
    void secondaryTerritoriesComeAfterTerritoriesOfTheSameMatchWhateverTheirPopulation() {
        SearchIndex withSecondary = new SearchIndex(List.of(
                new SearchIndex.Entry(
                        new SearchResult(
                                "01453",
                                "01453",
                                "Arbignieu (commune déléguée)",
                                TerritoryType.COMMUNE,
                                "x",
                                900_000,
                                "Arboys en Bugey"),
                        new SearchIndex.Keys("arbignieu", Set.of("01011")),
                        true),
                entry("01999", "Arbignieu", TerritoryType.COMMUNE, 400, Set.of())));
        assertThat(withSecondary.search("arbignieu", "arbignieu", List.of("arbignieu"), null, 10))
                .extracting(SearchResult::label)
                .containsExactly("Arbignieu", "Arbignieu (commune déléguée)");
    }

    private List<String> ids(String query) {
        return index.search(query, SearchText.normalize(query), SearchText.words(query), null, 10).stream()
                .map(SearchResult::id)
                .toList();
    }

    private static SearchIndex.Entry entry(
            String id, String name, TerritoryType type, int population, Set<String> postalCodes) {
        Set<String> exact = new java.util.HashSet<>(postalCodes);
        exact.add(id);
        return new SearchIndex.Entry(
                new SearchResult(id, id, name, type, "x", population, null),
                new SearchIndex.Keys(SearchText.normalize(name), Set.copyOf(exact)),
                false);
    }
}
