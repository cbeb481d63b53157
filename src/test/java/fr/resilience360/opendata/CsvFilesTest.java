package fr.resilience360.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.ObservatoryFixtures;
import fr.resilience360.territory.TerritoryFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFilesTest {

    @Test
    void writesOneQuotedRfc4180LinePerValueWithTheTerritorysCodeAndName() throws Exception {
        var territory = TerritoryFixtures.anyCommune(TerritoryFixtures.LORIENT, "Lorient, \"ville\"");
        var value = ObservatoryFixtures.anyPublishedValue(TerritoryFixtures.LORIENT, "part_x", 12.5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CsvFiles.values(out, Map.of("56121", territory), Map.<String, Indicator>of(), each -> each.accept(value));

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        String.join(",", CsvFiles.VALUE_COLUMNS) + "\r\n"
                                + "56121,56121,\"Lorient, \"\"ville\"\"\",part_x,2022,territoires,12.5,,publie,,,any-dataset\r\n");
    }

    @ParameterizedTest
    @CsvSource({"12.5, 12.5", "3.0, 3", "0.00001, 0.00001", "12345678.9, 12345678.9", "-0.25, -0.25"})
    void writesNumbersAsShortPlainDecimals(double value, String text) {
        assertThat(CsvFiles.number(value)).isEqualTo(text);
    }

    @Test
    void anEmptyListStillHasItsHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CsvFiles.indicators(out, List.of());

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(String.join(",", CsvFiles.INDICATOR_COLUMNS) + "\r\n");
    }
}
