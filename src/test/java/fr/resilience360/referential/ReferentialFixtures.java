package fr.resilience360.referential;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/** Referentials and rows for tests: the shipped Diag360 grid, and {@code any…()} values a test does not care about. */
public final class ReferentialFixtures {

    private static final Referential DIAG360 = ReferentialFiles.fromClasspath(Referentials.DIAG360);

    private ReferentialFixtures() {}

    /** The Diag360 v1.3.5 referential shipped with the product (124 rows, 11 needs), read once. */
    public static Referential diag360() {
        return DIAG360;
    }

    /** The official Diag360 v1.3.5 workbook, unanswered, shipped next to its referential. */
    public static InputStream diag360Workbook() {
        return ReferentialFixtures.class
                .getClassLoader()
                .getResourceAsStream(ReferentialFiles.CLASSPATH_FOLDER + Referentials.DIAG360 + ".xlsx");
    }

    public static IndicatorRow.Placement placement(int sheetRow, String id, String need) {
        return new IndicatorRow.Placement(sheetRow, id, need, Objective.TRANSVERSE, IndicatorKind.ETAT);
    }

    public static IndicatorRow.Placement anyPlacement() {
        return placement(3, "n1_i01", "n1");
    }

    public static IndicatorRow.Definition anyDefinition() {
        return new IndicatorRow.Definition(
                "Indicateur de test", "%", "Interne", null, "- [Source](https://example.org)");
    }

    /** Scored linearly between the values scored 0 and 1 of {@code anchors}, as fractions. */
    public static IndicatorRow.Scoring numeric(Anchors anchors) {
        return new IndicatorRow.Scoring(ValueType.NUMERIC, Scale.FRACTION, List.of(), anchors, BornageType.ABSOLU, 0);
    }

    /** Scored 0, 0.5 and 1 for the labels, in that order (a coherent referential has exactly three). */
    public static IndicatorRow.Scoring ordinal(String... labels) {
        return new IndicatorRow.Scoring(ValueType.ORDINAL, Scale.NONE, List.of(labels), null, BornageType.ABSOLU, 0);
    }

    public static IndicatorRow.Scoring anyScoring() {
        return numeric(new Anchors(0.0, 0.5, 1.0));
    }

    public static IndicatorRow.Documentation anyDocumentation() {
        return new IndicatorRow.Documentation("n1_i01", "Description.", "Justification.", "Seuils.");
    }

    /** Any row at {@code sheetRow}, for indicator {@code id} of need {@code need}. */
    public static IndicatorRow row(int sheetRow, String id, String need) {
        return new IndicatorRow(placement(sheetRow, id, need), anyDefinition(), anyScoring(), anyDocumentation());
    }

    /** Any row scored with {@code scoring}. */
    public static IndicatorRow row(IndicatorRow.Scoring scoring) {
        return new IndicatorRow(anyPlacement(), anyDefinition(), scoring, anyDocumentation());
    }

    public static IndicatorRow anyOrdinalRow() {
        return row(ordinal("Non", "En cours", "Oui"));
    }

    /** A referential holding {@code rows} and one need per need id they name (all vital), in order of appearance. */
    public static Referential referentialOf(IndicatorRow... rows) {
        List<Need> needs = Arrays.stream(rows)
                .map(IndicatorRow::need)
                .distinct()
                .map(id -> new Need(id, "Besoin " + id, NeedCategory.VITAL, ""))
                .toList();
        return new Referential("test", "Référentiel de test", "1", "Test", "CC0", "tests", needs, List.of(rows));
    }
}
