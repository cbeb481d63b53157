package fr.resilience360.territory.typology;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.territory.TerritoryFixtures;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an EPCI's attributes are derived from its communes. */
class EpciProfilesTest {

    @Test
    void theDominantDensityIsWeightedByPopulationNotByNumberOfCommunes() {
        EpciProfile p = EpciProfiles.of(List.of(
                member("A", 30_000, density(2)),
                member("B", 500, density(6)),
                member("C", 400, density(6)),
                member("D", 300, density(7))));

        assertThat(p.dominantDensity()).isEqualTo(DensityClass.CENTRES_URBAINS_INTERMEDIAIRES);
        assertThat(p.dominantDensityShare()).isCloseTo(30_000 / 31_200.0, within());
        assertThat(p.dominantGroup()).isEqualTo(DensityClass.Group.INTERMEDIAIRE);
        assertThat(p.urbanShare()).isCloseTo(30_000 / 31_200.0, within());
    }

    @Test
    void theFourLevelDominantClassAddsItsLevelsPopulations() {
        EpciProfile p = EpciProfiles.of(
                List.of(member("A", 400, density(5)), member("B", 350, density(6)), member("C", 500, density(4))));

        assertThat(p.dominantDensity()).isEqualTo(DensityClass.PETITES_VILLES);
        assertThat(p.dominantGroup()).isEqualTo(DensityClass.Group.PEU_DENSE);
        assertThat(p.dominantGroupShare()).isCloseTo(750 / 1_250.0, within());
        assertThat(p.urbanShare()).isZero();
    }

    @Test
    void onATieTheDenserLevelWins() {
        EpciProfile p = EpciProfiles.of(List.of(member("A", 1_000, density(6)), member("B", 1_000, density(5))));

        assertThat(p.dominantDensity()).isEqualTo(DensityClass.BOURGS_RURAUX);
    }

    @Test
    void theMountainShareIsByAreaAndTheCoastalShareByPopulation() {
        EpciProfile p = EpciProfiles.of(List.of(
                member("TOWN", 9_000, attributes(10.0, false, true, "Massif du Jura")),
                member("HILL", 1_000, attributes(90.0, true, false, "Massif du Jura")),
                member("PEAK", 0, attributes(100.0, true, false, "Massif des Alpes"))));

        assertThat(p.mountainAreaShare()).isCloseTo(190 / 200.0, within());
        assertThat(p.mountainPopulationShare()).isCloseTo(0.1, within());
        assertThat(p.mountainCommunes()).isEqualTo(2);
        assertThat(p.coastalPopulationShare()).isCloseTo(0.9, within());
        assertThat(p.coastalCommunes()).isEqualTo(1);
        assertThat(p.massifs()).containsExactly("Massif des Alpes", "Massif du Jura");
    }

    @Test
    void theMainCommuneIsTheMostPopulatedAndProgrammesListTheirCommunesMostPopulatedFirst() {
        CommuneAttributes acvAndOrt = new CommuneAttributes(
                "x", "metro", 10.0, density(2), null, false, false, null, false, true, false, true);
        CommuneAttributes ort = new CommuneAttributes(
                "x", "metro", 10.0, density(4), null, false, false, null, false, false, false, true);
        EpciProfile p = EpciProfiles.of(List.of(
                member("SMALL", 2_000, ort), member("MAIN", 50_000, acvAndOrt), member("NONE", 10_000, density(5))));

        assertThat(p.mainCommune().id()).isEqualTo("MAIN");
        assertThat(p.programmes().get(CommuneAttributes.Programme.ACV))
                .extracting(TerritorySummary::id)
                .containsExactly("MAIN");
        assertThat(p.programmes().get(CommuneAttributes.Programme.ORT))
                .extracting(TerritorySummary::id)
                .containsExactly("MAIN", "SMALL");
        assertThat(p.programmes().get(CommuneAttributes.Programme.PVD)).isEmpty();
    }

    private static EpciProfiles.Member member(String id, int population, DensityClass density) {
        return member(
                id,
                population,
                new CommuneAttributes(
                        id, "metro", 10.0, density, null, false, false, null, false, false, false, false));
    }

    private static EpciProfiles.Member member(String id, int population, CommuneAttributes attributes) {
        return new EpciProfiles.Member(
                TerritoryFixtures.anyTerritory(id, id, TerritoryType.COMMUNE, population), attributes);
    }

    private static CommuneAttributes attributes(double area, boolean mountain, boolean coastal, String massif) {
        return new CommuneAttributes(
                "x", "metro", area, density(6), null, mountain, false, massif, coastal, false, false, false);
    }

    private static DensityClass density(int level) {
        return DensityClass.ofLevel(level);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
