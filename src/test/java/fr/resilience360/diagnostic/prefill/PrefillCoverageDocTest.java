package fr.resilience360.diagnostic.prefill;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Referentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/prefill-coverage.md lists the 124 rows with the status the rules give them: it cannot drift from them. */
class PrefillCoverageDocTest {

    private static final Path DOC = Path.of("docs/prefill-coverage.md");

    record DocRow(String id, String source, String status, String dataset, String importer) {}

    @Test
    void listsEveryRowOfTheReferentialInOrder() throws IOException {
        List<String> referentialIds = new Referentials()
                .byId(Referentials.DIAG360).rows().stream()
                        .map(IndicatorRow::id)
                        .toList();

        assertThat(rows()).extracting(DocRow::id).containsExactlyElementsOf(referentialIds);
    }

    @Test
    void prefilledRowsAreExactlyTheRowsOfTheRulesAndApproximationsAreNamedAsSuch() throws IOException {
        Set<String> prefilled = ids(r -> r.status().startsWith("prérempli"));
        Set<String> approximated = ids(r -> r.status().equals("prérempli par approximation"));

        assertThat(prefilled)
                .containsExactlyInAnyOrderElementsOf(PrefillRules.RULES.stream()
                        .map(PrefillRules.Rule::rowId)
                        .toList());
        assertThat(approximated)
                .containsExactlyInAnyOrderElementsOf(PrefillRules.RULES.stream()
                        .filter(PrefillRules.Rule::approximated)
                        .map(PrefillRules.Rule::rowId)
                        .toList());
        for (PrefillRules.Rule rule : PrefillRules.RULES) {
            DocRow row = rows().stream()
                    .filter(r -> r.id().equals(rule.rowId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.dataset()).as(rule.rowId()).contains("`" + rule.indicatorId() + "`");
        }
    }

    @Test
    void everyMissingOpenDataRowNamesTheOfficialDatasetAndWhetherTheImporterTakesIt() throws IOException {
        assertThat(rows())
                .filteredOn(r -> r.status().equals("manquant")
                        && !r.source().equals("Interne")
                        && !r.source().equals("In"))
                .isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.dataset()).as(r.id()).isNotBlank().doesNotContain("donnée de la collectivité");
                    assertThat(r.importer()).as(r.id()).matches("(oui|à adapter|non)\\b.*");
                });
    }

    @Test
    void summaryCountsMatchTheTable() throws IOException {
        String doc = Files.readString(DOC);
        List<DocRow> rows = rows();

        assertThat(doc).contains("| Lignes du référentiel | " + rows.size() + " |");
        assertThat(doc).contains("| Préremplies | " + PrefillRules.RULES.size() + " |");
        assertThat(doc)
                .contains("| dont par approximation | "
                        + rows.stream()
                                .filter(r -> r.status().equals("prérempli par approximation"))
                                .count()
                        + " |");
        assertThat(doc)
                .contains("| Manquantes en données ouvertes | "
                        + rows.stream()
                                .filter(r -> r.status().equals("manquant")
                                        && !r.importer().equals("—"))
                                .count()
                        + " |");
    }

    private static Set<String> ids(java.util.function.Predicate<DocRow> filter) throws IOException {
        return rows().stream().filter(filter).map(DocRow::id).collect(Collectors.toSet());
    }

    /** The rows of the last table: a row number, then the id, designation, source, status, dataset, importer. */
    private static List<DocRow> rows() throws IOException {
        return Files.readAllLines(DOC).stream()
                .filter(l -> l.matches("\\| \\d+ \\| \\w+ \\|.*"))
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("(?<!\\\\)\\|"))
                        .map(String::strip)
                        .toList())
                .map(c -> new DocRow(c.get(1), c.get(3), c.get(4), c.get(5), c.get(6)))
                .toList();
    }
}
