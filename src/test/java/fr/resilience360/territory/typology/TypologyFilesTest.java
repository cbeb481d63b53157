package fr.resilience360.territory.typology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled typology files as the loader reads them; counts from data/README.md. */
class TypologyFilesTest {

    static List<CommuneAttributes> communes;
    static Map<String, CommuneAttributes> byCode;

    @BeforeAll
    static void read() {
        communes = new TypologyFiles().read();
        byCode = communes.stream().collect(Collectors.toMap(CommuneAttributes::code, Function.identity()));
    }

    @Test
    void describesEveryCommuneOfTheCog2025() {
        assertThat(communes).hasSize(34_969);
        assertThat(count(c -> c.zone().equals("drom"))).isEqualTo(129);
        assertThat(count(c -> c.zone().equals("com"))).isEqualTo(94);
    }

    @Test
    void holdsTheOfficialListsCounts() {
        assertThat(count(CommuneAttributes::coastal)).isEqualTo(930);
        assertThat(count(CommuneAttributes::inMountainZone)).isEqualTo(6_182);
        assertThat(count(CommuneAttributes::acv)).isEqualTo(245);
        assertThat(count(CommuneAttributes::pvd)).isEqualTo(1_646);
        assertThat(count(CommuneAttributes::ort)).isEqualTo(2_260);
    }

    @Test
    void labelsTheAireDattractionFromInseesLegend() {
        CommuneAttributes.Aav lyon = byCode.get("69123").aav();

        assertThat(lyon.name()).isEqualTo("Lyon");
        assertThat(lyon.categoryLabel()).isEqualTo("Commune-Centre");
        assertThat(lyon.sizeLabel()).isEqualTo("Aire de 700 000 habitants ou plus (hors Paris)");
        assertThat(communes)
                .filteredOn(c -> c.aav() != null)
                .allSatisfy(c -> assertThat(c.aav().categoryLabel()).isNotBlank());
    }

    @Test
    void theCollectivitesDoutreMerHaveNoGridAttributes() {
        CommuneAttributes saintPierre = byCode.get("97502");

        assertThat(saintPierre.overseas()).isTrue();
        assertThat(saintPierre.density()).isNull();
        assertThat(saintPierre.aav()).isNull();
        assertThat(saintPierre.mountain()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "74056, Massif des Alpes, true",
        "97415, Massif des Hauts de la Réunion, true",
        "01004, Massif du Jura, false",
    })
    void aMassifIsNotTheMountainZone(String code, String massif, boolean inZone) {
        CommuneAttributes commune = byCode.get(code);

        assertThat(commune.massif()).isEqualTo(massif);
        assertThat(commune.inMountainZone()).isEqualTo(inZone);
    }

    /** The file's derived 4-level class is INSEE's correspondence, which {@link DensityClass} holds. */
    @Test
    void theFourLevelGridIsTheFilesDerivedClass() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(TypologyFiles.INPUTS.getInputStream()), StandardCharsets.UTF_8))) {
            List<String> header = List.of(in.readLine().split(","));
            int dens7 = header.indexOf("dens7_2025");
            int dens4 = header.indexOf("dens4_derive");
            long checked = in.lines()
                    .map(l -> l.split(",", -1))
                    .filter(f -> !f[dens7].isEmpty())
                    .peek(f -> assertThat(DensityClass.ofLevel(Integer.parseInt(f[dens7]))
                                    .group()
                                    .level())
                            .as("commune %s", f[0])
                            .isEqualTo(Integer.parseInt(f[dens4])))
                    .count();
            assertThat(checked).isEqualTo(34_875);
        }
    }

    private static long count(Predicate<CommuneAttributes> which) {
        return communes.stream().filter(which).count();
    }
}
