package fr.resilience360.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.shared.Paging;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TerritoriesTest {

    @Autowired
    Territories territories;

    @Autowired
    DivisionImport divisionImport;

    @Test
    void loadsTheWholeDivisionWithExactCounts() {
        assertThat(territories.countByType())
                .containsEntry(TerritoryType.COMMUNE, 34_969L)
                .containsEntry(TerritoryType.EPCI, 1_255L)
                .containsEntry(TerritoryType.DEPARTEMENT, 101L)
                .containsEntry(TerritoryType.REGION, 18L)
                .containsEntry(TerritoryType.PAYS, 1L);
    }

    @Test
    void anEpciListsItsMemberCommunesSummingToItsPopulation() {
        TerritoryDetail lorient = territories.detail("200042174").orElseThrow();

        assertThat(lorient.name()).isEqualTo("CA Lorient Agglomération");
        assertThat(lorient.members()).hasSize(25).allMatch(m -> m.type() == TerritoryType.COMMUNE);
        int sum = lorient.members().stream()
                .mapToInt(TerritorySummary::population)
                .sum();
        assertThat((double) sum)
                .isCloseTo(lorient.territory().population(), org.assertj.core.data.Percentage.withPercentage(0.5));
        assertThat(lorient.parents()).extracting(TerritorySummary::id).containsExactly("FR", "reg-53", "dep-56");
    }

    @Test
    void aCommuneBelongsToItsEpciDepartementRegionAndFrance() {
        TerritoryDetail commune = territories.detail("56121").orElseThrow();

        assertThat(commune.parents())
                .extracting(TerritorySummary::id)
                .containsExactly("FR", "reg-53", "dep-56", "200042174");
        assertThat(commune.postalCodes()).containsExactly("56100");
    }

    @Test
    void anEpciSpanningTwoDepartementsBelongsToBoth() {
        TerritoryDetail aire = territories.detail("200030435").orElseThrow();

        assertThat(aire.parents())
                .filteredOn(p -> p.type() == TerritoryType.DEPARTEMENT)
                .extracting(TerritorySummary::id)
                .containsExactly("dep-32", "dep-40");
    }

    @Test
    void searchFindsNamesWhateverAccentsCaseAndHyphens() {
        assertThat(codes("saint etienne")).first().isEqualTo("42218");
        assertThat(codes("SAINT-ÉTIENNE")).first().isEqualTo("42218");
        assertThat(codes("lorient")).contains("56121", "200042174");
    }

    @Test
    void searchRanksExactCodesFirstThenLargerPopulations() {
        assertThat(codes("56121")).first().isEqualTo("56121");
        assertThat(codes("200042174")).first().isEqualTo("200042174");
        assertThat(codes("56100")).first().isEqualTo("56121");
        List<SearchResult> saint = territories.search("saint", null, 10);
        assertThat(saint).extracting(SearchResult::population).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void searchFiltersByType() {
        assertThat(territories.search("lorient", TerritoryType.EPCI, 10))
                .extracting(SearchResult::code)
                .containsExactly("200042174");
    }

    @Test
    void searchFindsCommunesDelegueesAndLeadsToTheirCommune() {
        assertThat(territories.search("arbignieu", null, 5))
                .extracting(SearchResult::code, SearchResult::label)
                .contains(org.assertj.core.groups.Tuple.tuple("01015", "Arbignieu (commune déléguée)"));
    }

    @Test
    void loadingTwiceChangesNothing() {
        var before = territories.countByType();
        var lorientBefore = territories.detail("200042174").orElseThrow();

        divisionImport.load(line -> {});

        assertThat(territories.countByType()).isEqualTo(before);
        assertThat(territories.detail("200042174").orElseThrow()).isEqualTo(lorientBefore);
    }

    @Test
    void anIdentifierOrAnUnambiguousOfficialCodeIsFound() {
        assertThat(territories.lookUp("dep-56"))
                .isEqualTo(
                        new TerritoryResolution.Found(territories.find("dep-56").orElseThrow()));
        assertThat(territories.lookUp("56"))
                .isInstanceOfSatisfying(
                        TerritoryResolution.Found.class,
                        found -> assertThat(found.territory().id()).isEqualTo("dep-56"));
        assertThat(territories.require("200042174").name()).isEqualTo("CA Lorient Agglomération");
    }

    @Test
    void aCodeSharedByARegionAndADepartementIsAmbiguous() {
        assertThat(territories.lookUp("53"))
                .isInstanceOfSatisfying(
                        TerritoryResolution.Ambiguous.class,
                        ambiguous -> assertThat(ambiguous.candidates())
                                .extracting(TerritorySummary::id)
                                .containsExactlyInAnyOrder("reg-53", "dep-53"));
        assertThatThrownBy(() -> territories.require("53"))
                .isInstanceOfSatisfying(
                        AmbiguousTerritoryException.class,
                        e -> assertThat(e.candidates()).hasSize(2))
                .hasMessage("Le code « 53 » désigne plusieurs territoires : dep-53 (Mayenne), reg-53 (Bretagne). "
                        + "Utilisez l'identifiant.");
    }

    @Test
    void aCodeNoTerritoryHasIsUnknown() {
        assertThat(territories.lookUp("99999")).isEqualTo(new TerritoryResolution.Unknown("99999"));
        assertThatThrownBy(() -> territories.require("99999"))
                .isInstanceOf(UnknownTerritoryException.class)
                .hasMessage("Aucun territoire n'a le code « 99999 ».");
    }

    @Test
    void aLevelIsListedPageByPageInTheOrderOfIdentifiers() {
        List<TerritorySummary> first = territories.list(TerritoryType.REGION, new Paging(1, 10));
        List<TerritorySummary> second = territories.list(TerritoryType.REGION, new Paging(2, 10));

        assertThat(territories.count(TerritoryType.REGION)).isEqualTo(18);
        assertThat(first).hasSize(10).allMatch(t -> t.type() == TerritoryType.REGION);
        assertThat(second).hasSize(8);
        List<String> ids = java.util.stream.Stream.concat(first.stream(), second.stream())
                .map(TerritorySummary::id)
                .toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates().contains("reg-53");
    }

    private List<String> codes(String query) {
        return territories.search(query, null, 10).stream()
                .map(SearchResult::code)
                .toList();
    }
}
