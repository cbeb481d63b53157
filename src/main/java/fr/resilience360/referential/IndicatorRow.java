package fr.resilience360.referential;

import java.util.List;

/**
 * One indicator row of a referential, in the grid's order. Identity is the sheet row (or need + id): in Diag360 the
 * id {@code bv1_i03} (« agent-référent ») appears once in each need.
 *
 * @param row the row number in the source sheet (Diag360: 3 … 126)
 * @param labels for ordinal rows, the labels scored 0, 0.5 and 1; empty otherwise
 * @param anchors for numeric rows, the values scored 0, 0.5 and 1; null otherwise
 * @param curveK shape of the scoring curve (0 = linear, the workbook's rule)
 */
public record IndicatorRow(
        int row,
        String id,
        String need,
        String designation,
        Objective objective,
        IndicatorKind kind,
        String unit,
        String primarySource,
        String secondarySource,
        ValueType valueType,
        Scale scale,
        List<String> labels,
        Anchors anchors,
        BornageType bornage,
        double curveK,
        String documentationPage,
        String description,
        String justification,
        String thresholdsText,
        String access) {

    public IndicatorRow {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** A key unique within the referential: {@code need/id}. */
    public String key() {
        return need + "/" + id;
    }

    public boolean isNumeric() {
        return valueType == ValueType.NUMERIC;
    }

    /** « Interne » in the primary source means the collectivité answers from its own knowledge. */
    public DataOrigin origin() {
        return "interne".equalsIgnoreCase(primarySource == null ? "" : primarySource.strip())
                ? DataOrigin.INTERNE
                : DataOrigin.DONNEES_OUVERTES;
    }

    /** Converts a value known in {@code from} scale into this row's scale (e.g. 0.0821 as a fraction → 8.21 %). */
    public double toRowScale(double value, Scale from) {
        return scale.convert(value, from);
    }

    public IndicatorRow withAnchors(Anchors newAnchors) {
        return new IndicatorRow(
                row,
                id,
                need,
                designation,
                objective,
                kind,
                unit,
                primarySource,
                secondarySource,
                valueType,
                scale,
                labels,
                newAnchors,
                bornage,
                curveK,
                documentationPage,
                description,
                justification,
                thresholdsText,
                access);
    }

    public IndicatorRow withCurveK(double k) {
        return new IndicatorRow(
                row,
                id,
                need,
                designation,
                objective,
                kind,
                unit,
                primarySource,
                secondarySource,
                valueType,
                scale,
                labels,
                anchors,
                bornage,
                k,
                documentationPage,
                description,
                justification,
                thresholdsText,
                access);
    }
}
