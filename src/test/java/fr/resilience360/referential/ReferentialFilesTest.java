package fr.resilience360.referential;

import static fr.resilience360.referential.ReferentialFixtures.numeric;
import static fr.resilience360.referential.ReferentialFixtures.ordinal;
import static fr.resilience360.referential.ReferentialFixtures.referentialOf;
import static fr.resilience360.referential.ReferentialFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A referential file holds one flat mapping per row; it is read into grouped rows and checked for coherence. */
class ReferentialFilesTest {

    private static final String FILE = """
            id: test
            name: "Référentiel de test"
            version: "1"
            attribution: "Test"
            licence: "CC0"
            source: "tests"
            needs:
              - {id: n1, name: "Besoin 1", category: VITAL, description: "Un besoin."}
            rows:
              - row: 3
                id: n1_i01
                need: n1
                designation: "Désignation"
                objective: SUBSISTANCE
                kind: ACTION
                unit: "%"
                primarySource: "Source principale"
                secondarySource: "Source secondaire"
                valueType: NUMERIC
                scale: PERCENT
                anchors: {zero: 10, half: null, one: 90}
                bornage: RELATIF
                curveK: 2
                documentationPage: page_n1_i01
                description: "Description."
                justification: "Justification."
                thresholdsText: "Seuils."
                access: "Accès."
            """;

    private static Referential read(String yaml) {
        return ReferentialFiles.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void readsEachKeyOfAFlatRowIntoItsGroup() {
        assertThat(read(FILE).rows())
                .containsExactly(new IndicatorRow(
                        new IndicatorRow.Placement(3, "n1_i01", "n1", Objective.SUBSISTANCE, IndicatorKind.ACTION),
                        new IndicatorRow.Definition(
                                "Désignation", "%", "Source principale", "Source secondaire", "Accès."),
                        new IndicatorRow.Scoring(
                                ValueType.NUMERIC,
                                Scale.PERCENT,
                                List.of(),
                                new Anchors(10.0, null, 90.0),
                                BornageType.RELATIF,
                                2),
                        new IndicatorRow.Documentation("page_n1_i01", "Description.", "Justification.", "Seuils.")));
    }

    @Test
    void rejectsARowWithAnUnknownKey() {
        assertThatThrownBy(() -> read(FILE.replace("    unit:", "    unite:")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Référentiel illisible (test.yaml)")
                .hasMessageContaining("unite");
    }

    @Test
    void acceptsTheSameIndicatorInTwoNeedsLikeTheAgentReferentRow() {
        Referential referential = referentialOf(row(3, "bv1_i03", "n1"), row(4, "bv1_i03", "n2"));
        assertThat(ReferentialFiles.validate(referential, "test")).isSameAs(referential);
    }

    @Test
    void rejectsARowOfAnUnknownNeed() {
        Referential unknownNeed = referentialOf(row(3, "n1_i01", "n1")).mapRows(r -> row(4, "n9_i01", "n9"));
        assertThatThrownBy(() -> ReferentialFiles.validate(unknownNeed, "test"))
                .hasMessageContaining("ligne 4 (n9_i01) : besoin inconnu n9");
    }

    @Test
    void rejectsTwoRowsOnTheSameSheetRow() {
        assertThatThrownBy(() ->
                        ReferentialFiles.validate(referentialOf(row(3, "n1_i01", "n1"), row(3, "n1_i02", "n1")), "t"))
                .hasMessageContaining("ligne 3 (n1_i02) : numéro de ligne en double");
    }

    @Test
    void rejectsTheSameIndicatorTwiceInANeed() {
        assertThatThrownBy(() ->
                        ReferentialFiles.validate(referentialOf(row(3, "n1_i01", "n1"), row(4, "n1_i01", "n1")), "t"))
                .hasMessageContaining("ligne 4 (n1_i01) : indicateur en double dans le besoin");
    }

    @Test
    void rejectsANumericRowWithoutAnchorsAndAnOrdinalRowWithoutThreeLabels() {
        assertThatThrownBy(() -> ReferentialFiles.validate(referentialOf(row(numeric(null))), "t"))
                .hasMessageContaining("bornes manquantes");
        assertThatThrownBy(() -> ReferentialFiles.validate(referentialOf(row(ordinal("Non", "Oui"))), "t"))
                .hasMessageContaining("trois modalités attendues");
    }
}
