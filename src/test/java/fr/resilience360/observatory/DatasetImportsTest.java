package fr.resilience360.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.observatory.aggregation.Recomputation;
import fr.resilience360.observatory.importing.DatasetImports;
import fr.resilience360.observatory.importing.DatasetMapping;
import fr.resilience360.observatory.importing.ImportException;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every bundled importer on its real file: corrupted copies rejected with line and column, re-import idempotent. */
@IntegrationTest
class DatasetImportsTest {

    static final int CORRUPTED_LINE = 100;

    @Autowired
    DatasetImports imports;

    @Autowired
    Recomputation recomputation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Observatory observatory;

    @Autowired
    MeterRegistry registry;

    static Stream<String> bundledDatasets() {
        return Stream.of(
                "drees-apl-infirmiers",
                "drees-apl-sages-femmes",
                "drees-apl-chirurgiens-dentistes",
                "insee-communes",
                "insee-epci",
                "ofb-abc",
                "gaspar-catnat",
                "gaspar-risques",
                "insee-bpe",
                "drias-tracc2023",
                "interieur-municipales-2020",
                "ssmsi-2024",
                "dgaln-sru-2024",
                "drees-apl-medecins-generalistes",
                "anct-suroccupation-2021");
    }

    @Test
    void bundlesEveryDatasetOfTheSharedDataFolder() {
        assertThat(imports.bundled())
                .extracting(DatasetImports.Bundled::id)
                .containsExactlyInAnyOrderElementsOf(bundledDatasets().toList());
    }

    @ParameterizedTest
    @MethodSource("bundledDatasets")
    void rejectsATruncatedLineNamingTheLineAndChangesNothing(String dataset) throws IOException {
        var bundled = bundled(dataset);
        int before = valueCount(dataset);
        List<String> lines = lines(bundled);
        String line = lines.get(CORRUPTED_LINE - 1);
        lines.set(CORRUPTED_LINE - 1, line.substring(0, line.lastIndexOf(separator(bundled.mapping()))));

        assertThatThrownBy(() -> importLines(bundled, lines))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("ligne " + CORRUPTED_LINE)
                .hasMessageContaining("champs au lieu de");
        assertThat(valueCount(dataset)).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("bundledDatasets")
    void rejectsAMalformedCodeNamingLineAndColumn(String dataset) throws IOException {
        var bundled = bundled(dataset);
        List<String> lines = lines(bundled);
        char sep = separator(bundled.mapping());
        int headerLine = bundled.mapping().file().headerLineOrFirst();
        List<String> header = List.of(lines.get(headerLine - 1).split(String.valueOf(sep), -1));
        int codeColumn = header.indexOf(bundled.mapping().file().code());
        String[] fields = lines.get(CORRUPTED_LINE - 1).split(String.valueOf(sep), -1);
        fields[codeColumn] = "X" + fields[codeColumn];
        lines.set(CORRUPTED_LINE - 1, String.join(String.valueOf(sep), fields));

        assertThatThrownBy(() -> importLines(bundled, lines))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("ligne " + CORRUPTED_LINE + ", colonne " + (codeColumn + 1))
                .hasMessageContaining("mal formé");
    }

    @ParameterizedTest
    @MethodSource("bundledDatasets")
    void reimportingGivesTheSameRowCount(String dataset) {
        var bundled = bundled(dataset);
        int before = valueCount(dataset);

        imports.importBundled(bundled, line -> {});

        assertThat(before).isPositive();
        assertThat(valueCount(dataset)).isEqualTo(before);
    }

    @Test
    void rejectsANonNumericValueNamingLineAndColumn() throws IOException {
        var bundled = bundled("insee-bpe");
        List<String> lines = lines(bundled);
        lines.set(41, lines.get(41).replaceFirst(",\\d+,", ",douze,"));

        assertThatThrownBy(() -> importLines(bundled, lines))
                .hasMessage(
                        "Fichier bpe.csv, ligne 42, colonne 2 (medecin_generaliste) : « douze » n'est pas un nombre");
    }

    @Test
    void readsAnObservatoireDesTerritoiresExportAsPublishedTitleLinesAndNotAvailableCellsIncluded() throws IOException {
        var bundled = bundled("anct-suroccupation-2021");
        List<String> lines = lines(bundled);
        assertThat(lines.get(0)).startsWith("\uFEFFObservatoire des territoires");
        assertThat(lines).anyMatch(l -> l.startsWith("200060457;") && l.contains("N/A - résultat non disponible"));

        // CA Lorient Agglomération: « 200042174;CA Lorient Agglomération;2 »; CA de Dembeni / Mamoudzou: N/A
        assertThat(observatory
                        .value("200042174", "part_logements_suroccupes", ObservationPeriod.ofYear(2021))
                        .orElseThrow()
                        .value())
                .isEqualTo(2);
        assertThat(observatory.value("200060457", "part_logements_suroccupes", ObservationPeriod.ofYear(2021)))
                .isEmpty();
        // « 75056;Paris;14 »: Paris, outside any EPCI of the référentiel, is listed under its commune code
        assertThat(observatory
                        .value("75056", "part_logements_suroccupes", ObservationPeriod.ofYear(2021))
                        .orElseThrow()
                        .value())
                .isEqualTo(14);
        assertThat(observatory.value("dep-56", "part_logements_suroccupes", ObservationPeriod.ofYear(2021)))
                .as("published per EPCI only: no invented aggregate")
                .isEmpty();
    }

    @Test
    void foldsHistoricalCommuneCodesIntoTheirCog2025Commune() {
        // 01330 Ruffieu merged into 01187 Haut-Valromey: its APL row is combined, weighted by standardised population
        IndicatorValue merged = observatory
                .value("01187", "apl_infirmiers", ObservationPeriod.ofYear(2023))
                .orElseThrow();
        assertThat(merged.methodDetail()).startsWith("fusion de");
        assertThat(jdbc.sql("select count(*) from observatory.indicator_value where territory_id = '01330'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void countsEachLoadAndItsValuesInTheMetricsUnderTheDatasetsId() {
        double loads = registry.counter("resilience360.imports.datasets", "dataset", "dgaln-sru-2024")
                .count();
        double values = registry.counter("resilience360.imports.values", "dataset", "dgaln-sru-2024")
                .count();

        var report = imports.importBundled(bundled("dgaln-sru-2024"), line -> {});

        assertThat(report.values()).isPositive();
        assertThat(registry.counter("resilience360.imports.datasets", "dataset", "dgaln-sru-2024")
                        .count())
                .isEqualTo(loads + 1);
        assertThat(registry.counter("resilience360.imports.values", "dataset", "dgaln-sru-2024")
                        .count())
                .isEqualTo(values + report.values());
    }

    @Test
    void loadsAnyOfficialCsvWithAMappingFileWithoutCode() {
        DatasetMapping mapping =
                DatasetImports.readMapping(new ClassPathResource("observatory/anct_programmes.mapping.yaml"));
        var report = imports.importFile(
                mapping, new ClassPathResource("observatory/anct_acv_pvd_ort_cog2025.csv.gz"), "test", line -> {});
        recomputation.recomputeAll(line -> {});

        assertThat(report.lines()).isEqualTo(2386);
        assertThat(observatory
                        .value("200042174", "programme_petites_villes_de_demain", ObservationPeriod.ofYear(2025))
                        .orElseThrow()
                        .value())
                .isEqualTo(3.0 / 25);
        assertThat(observatory
                        .value("200042174", "programme_action_coeur_de_ville", ObservationPeriod.ofYear(2025))
                        .orElseThrow()
                        .value())
                .isEqualTo(1);
    }

    private DatasetImports.Bundled bundled(String id) {
        return imports.bundled().stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private int valueCount(String dataset) {
        return jdbc.sql("select count(*) from observatory.indicator_value where dataset_id = ? and method = 'publie'")
                .param(dataset)
                .query(Integer.class)
                .single();
    }

    private static char separator(DatasetMapping mapping) {
        return mapping.file().separator().charAt(0);
    }

    private static List<String> lines(DatasetImports.Bundled bundled) throws IOException {
        try (InputStream in = new GZIPInputStream(bundled.data().getInputStream())) {
            return new ArrayList<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
    }

    private void importLines(DatasetImports.Bundled bundled, List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        String name = bundled.mapping().dataset().resource().replace(".csv.gz", ".csv");
        if (bundled.id().equals("insee-bpe")) name = "bpe.csv";
        String fileName = name;
        imports.importFile(
                bundled.mapping(),
                new ByteArrayResource(out.toByteArray()) {
                    @Override
                    public String getFilename() {
                        return fileName;
                    }
                },
                "corrompu",
                line -> {});
    }
}
