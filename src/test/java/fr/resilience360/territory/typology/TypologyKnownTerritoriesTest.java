package fr.resilience360.territory.typology;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.territory.TerritoryFixtures;
import fr.resilience360.territory.TerritoryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The typology of known territories, from the real bundled files loaded at start: the verified examples of
 * docs/typology.md.
 */
@IntegrationTest
class TypologyKnownTerritoriesTest {

    @Autowired
    TerritoryTypologies typologies;

    @Autowired
    TypologyImport typologyImport;

    @Autowired
    TypologyRepository repository;

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # id    | name (Savoie: mountain CC; Creuse: rural CC; CIREST: La Réunion) | types
            200046977 | Métropole de Lyon                            | grandes-villes-metropoles
            200042174 | CA Lorient Agglomération                     | villes-moyennes-agglomerations littoral
            200070340 | CC Haute Maurienne Vanoise                   | petites-villes-campagnes montagne
            241700624 | CC de l'Ile d'Oléron                         | petites-villes-campagnes littoral
            249740093 | CA Intercommunale de la Réunion Est (CIREST) | villes-moyennes-agglomerations littoral montagne outre-mer
            200041556 | CC Portes de la Creuse en Marche             | petites-villes-campagnes
            69123     | Lyon                                         | grandes-villes-metropoles
            56121     | Lorient                                      | villes-moyennes-agglomerations littoral
            97502     | Saint-Pierre                                 | outre-mer
            """)
    void knownTerritoriesGetTheirTypes(String id, String name, String expected) {
        Typology t = typologies.of(id).orElseThrow();

        assertThat(t.territory().name()).isEqualTo(name);
        assertThat(t.types()).extracting(a -> a.type().code()).containsExactly(expected.split(" "));
    }

    @Test
    void lorientAgglomerationsProfileComesFromItsTwentyFiveCommunes() {
        EpciProfile p = typologies
                .of(TerritoryFixtures.LORIENT_AGGLOMERATION)
                .orElseThrow()
                .epci();

        assertThat(p.communes()).isEqualTo(25);
        assertThat(p.mainCommune().id()).isEqualTo(TerritoryFixtures.LORIENT);
        assertThat(p.mainCommuneAttributes().aav().categoryLabel()).isEqualTo("Commune-Centre");
        assertThat(p.coastalCommunes()).isBetween(1, 24);
        assertThat(p.coastalPopulationShare()).isGreaterThanOrEqualTo(TypologyRules.COASTAL_POPULATION_SHARE);
        assertThat(p.mountainAreaShare()).isZero();
        assertThat(p.programmes().get(CommuneAttributes.Programme.ACV))
                .extracting(c -> c.id())
                .contains(TerritoryFixtures.LORIENT);
    }

    @Test
    void lyonIsMostlyAGrandCentreUrbainAndTheCreuseCcVerySparse() {
        assertThat(typologies.of("200046977").orElseThrow().epci().dominantDensity())
                .isEqualTo(DensityClass.GRANDS_CENTRES_URBAINS);
        assertThat(typologies.of("200041556").orElseThrow().epci().dominantGroup())
                .isEqualTo(DensityClass.Group.TRES_PEU_DENSE);
        assertThat(typologies.of("200070340").orElseThrow().epci().massifs()).containsExactly("Massif des Alpes");
    }

    @Test
    void onlyCommunesAndEpciHaveATypology() {
        assertThat(typologies.of("dep-56")).isEmpty();
        assertThat(typologies.of("reg-53")).isEmpty();
        assertThat(typologies.of("FR")).isEmpty();
    }

    @Test
    void comparableTerritoriesShareTheLevelAndTypesAndComeClosestInPopulationFirst() {
        Typology lorient =
                typologies.of(TerritoryFixtures.LORIENT_AGGLOMERATION).orElseThrow();

        var similar = typologies.similar(TerritoryFixtures.LORIENT_AGGLOMERATION, 5);

        assertThat(similar).hasSize(5).allSatisfy(t -> {
            assertThat(t.territory().type()).isEqualTo(TerritoryType.EPCI);
            assertThat(t.typeSet()).isEqualTo(lorient.typeSet());
            assertThat(t.territory().id()).isNotEqualTo(TerritoryFixtures.LORIENT_AGGLOMERATION);
        });
        assertThat(similar)
                .extracting(t -> Math.abs(Math.log((double) t.territory().population() / 208_113)))
                .isSorted();
    }

    @Test
    void loadingTheSameFilesAgainChangesNothing() {
        var before = repository.all();

        typologyImport.load(line -> {});

        assertThat(typologyImport.isUpToDate()).isTrue();
        assertThat(repository.all()).containsExactlyInAnyOrderElementsOf(before);
    }
}
