package fr.resilience360.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.territory.typology.DensityClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarGroupsTest {

    static final TerritorySummary BRETAGNE = territory("reg-53", TerritoryType.REGION, null);
    static final TerritorySummary MORBIHAN = territory("dep-56", TerritoryType.DEPARTEMENT, null);

    @Test
    void anEpciIsComparedWithItsNatureAndDensityInItsRegionThenInFranceThenWithItsNature() {
        var lorient = new Likeness(
                territory("200042174", TerritoryType.EPCI, "CA"),
                null,
                DensityClass.Group.INTERMEDIAIRE,
                MORBIHAN,
                BRETAGNE);

        assertThat(SimilarGroups.cascade(lorient))
                .extracting(SimilarGroups.Group::label)
                .containsExactly(
                        "Communautés d'agglomération de densité intermédiaire, région Bretagne",
                        "Communautés d'agglomération de densité intermédiaire de France",
                        "Communautés d'agglomération de France");
        assertThat(SimilarGroups.cascade(lorient))
                .extracting(SimilarGroups.Group::key)
                .containsExactly("epci/CA/2/reg-53", "epci/CA/2", "epci/CA");
    }

    @ParameterizedTest
    @CsvSource({"METRO, Métropoles", "MET69, Métropoles", "CC, Communautés de communes", "CU, Communautés urbaines"})
    void theMetropoleDeLyonIsAMetropoleAmongOthers(String nature, String plural) {
        var epci = new Likeness(territory("1", TerritoryType.EPCI, nature), null, null, MORBIHAN, BRETAGNE);

        assertThat(SimilarGroups.cascade(epci))
                .extracting(SimilarGroups.Group::label)
                .containsExactly(plural + " de France");
    }

    @Test
    void aCommuneIsComparedWithItsDensityClassInItsDepartementThenRegionThenFrance() {
        var commune = new Likeness(
                territory("56121", TerritoryType.COMMUNE, "commune-actuelle"),
                DensityClass.CENTRES_URBAINS_INTERMEDIAIRES,
                null,
                MORBIHAN,
                BRETAGNE);

        assertThat(SimilarGroups.cascade(commune))
                .extracting(SimilarGroups.Group::label)
                .containsExactly(
                        "Communes de la classe « Centres urbains intermédiaires », département Morbihan",
                        "Communes de la classe « Centres urbains intermédiaires », région Bretagne",
                        "Communes de la classe « Centres urbains intermédiaires » de France");
    }

    @Test
    void departementsAndRegionsAreComparedWithTheirRegionThenFrance() {
        var departement = new Likeness(MORBIHAN, null, null, MORBIHAN, BRETAGNE);
        var region = new Likeness(BRETAGNE, null, null, null, BRETAGNE);

        assertThat(SimilarGroups.cascade(departement))
                .extracting(SimilarGroups.Group::label)
                .containsExactly("Départements de la région Bretagne", "Départements de France");
        assertThat(SimilarGroups.cascade(region))
                .extracting(SimilarGroups.Group::label)
                .containsExactly("Régions de France");
    }

    @Test
    void theNarrowestGroupWithFiveScoredTerritoriesIsChosen() {
        List<GroupDistributions.Member> members = new ArrayList<>();
        double[] scores = {0, 0.1, 0.2, 0.3, 0.4};
        for (int i = 0; i < 5; i++) members.add(member("a" + i, scores[i], "narrow", "wide"));
        members.add(member("b", 0.9, "other", "wide"));

        var groups = new GroupDistributions(members, 1);

        assertThat(groups.assignments())
                .extracting(GroupDistributions.Assignment::groupKey, GroupDistributions.Assignment::step)
                .containsOnly(
                        org.assertj.core.groups.Tuple.tuple("narrow", 0),
                        org.assertj.core.groups.Tuple.tuple("wide", 1));
        var narrow = distribution(groups, "narrow");
        assertThat(narrow.members()).isEqualTo(5);
        assertThat(narrow.needs()[0])
                .isEqualTo(Quartiles.of(0, 0.1, 0.2, 0.3, 0.4).orElseThrow());
        assertThat(distribution(groups, "wide").members()).isEqualTo(6);
    }

    @Test
    void aGroupIsWidenedBelowFiveScoredTerritoriesAndTerritoriesWithoutScoreDoNotCount() {
        List<GroupDistributions.Member> members = new ArrayList<>();
        for (int i = 0; i < 4; i++) members.add(member("a" + i, 0.5, "narrow", "wide"));
        members.add(member("unscored", null, "narrow", "wide"));
        members.add(member("c", 0.2, "elsewhere", "wide"));

        var groups = new GroupDistributions(members, 1);

        assertThat(groups.assignments()).allMatch(a -> a.groupKey().equals("wide"));
        assertThat(groups.assignments())
                .extracting(GroupDistributions.Assignment::step)
                .containsOnly(1);
        assertThat(distribution(groups, "wide").members()).isEqualTo(5);
        assertThat(distribution(groups, "wide").needs()[0].n()).isEqualTo(5);
    }

    @Test
    void theWidestGroupIsKeptWhenNoneReachesFive() {
        var groups = new GroupDistributions(
                List.of(member("a", 0.5, "narrow", "wide"), member("b", null, "narrow", "wide")), 1);

        assertThat(groups.assignments())
                .extracting(GroupDistributions.Assignment::step)
                .containsOnly(1);
        assertThat(distribution(groups, "wide").members()).isEqualTo(1);
        assertThat(distribution(groups, "wide").needs()[0].median()).isEqualTo(0.5);
    }

    @Test
    void aNeedNoSimilarTerritoryScoresHasNoQuartiles() {
        List<GroupDistributions.Member> members = new ArrayList<>();
        for (int i = 0; i < 5; i++)
            members.add(new GroupDistributions.Member(
                    "a" + i, new Double[] {0.5, null}, List.of(new SimilarGroups.Group("g", "G", "tout"))));

        var g = distribution(new GroupDistributions(members, 2), "g");

        assertThat(g.needs()[0].n()).isEqualTo(5);
        assertThat(g.needs()[1]).isNull();
    }

    private static GroupDistributions.Distribution distribution(GroupDistributions groups, String key) {
        return groups.distributions().stream()
                .filter(d -> d.group().key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static GroupDistributions.Member member(String id, Double score, String... keys) {
        return new GroupDistributions.Member(
                id,
                new Double[] {score},
                java.util.Arrays.stream(keys)
                        .map(k -> new SimilarGroups.Group(k, k, k))
                        .toList());
    }

    static TerritorySummary territory(String id, TerritoryType type, String nature) {
        String name = switch (id) {
            case "reg-53" -> "Bretagne";
            case "dep-56" -> "Morbihan";
            default -> "Territoire " + id;
        };
        return new TerritorySummary(id, id, name, type, nature, 1000);
    }
}
