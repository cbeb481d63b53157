package fr.resilience360.referential;

import java.util.List;

/**
 * One indicator row of a referential, in the grid's order. Identity is the sheet row (or need + id): in Diag360 the
 * id {@code bv1_i03} (« agent-référent ») appears once in each need.
 */
public record IndicatorRow(Placement placement, Definition definition, Scoring scoring, Documentation documentation) {

    /**
     * Where the row stands in the grid and what it serves.
     *
     * @param sheetRow the row number in the source sheet (Diag360: 3 … 126)
     */
    public record Placement(int sheetRow, String id, String need, Objective objective, IndicatorKind kind) {}

    /** What the indicator measures, in which unit, and where its value comes from. */
    public record Definition(
            String designation, String unit, String primarySource, String secondarySource, String access) {

        /** « Interne » in the primary source means the collectivité answers from its own knowledge. */
        public DataOrigin origin() {
            return "interne".equalsIgnoreCase(primarySource == null ? "" : primarySource.strip())
                    ? DataOrigin.INTERNE
                    : DataOrigin.DONNEES_OUVERTES;
        }
    }

    /**
     * How an answer becomes a note from 0 to 1.
     *
     * @param labels for ordinal rows, the labels scored 0, 0.5 and 1; empty otherwise
     * @param anchors for numeric rows, the values scored 0, 0.5 and 1; null otherwise
     * @param curveK shape of the scoring curve (0 = linear, the workbook's rule)
     */
    public record Scoring(
            ValueType valueType,
            Scale scale,
            List<String> labels,
            Anchors anchors,
            BornageType bornage,
            double curveK) {

        public Scoring {
            labels = labels == null ? List.of() : List.copyOf(labels);
        }

        public boolean isNumeric() {
            return valueType == ValueType.NUMERIC;
        }

        public Scoring withAnchors(Anchors newAnchors) {
            return new Scoring(valueType, scale, labels, newAnchors, bornage, curveK);
        }

        public Scoring withCurveK(double k) {
            return new Scoring(valueType, scale, labels, anchors, bornage, k);
        }
    }

    /** The method's documentation page of the indicator and its texts. */
    public record Documentation(String page, String description, String justification, String thresholdsText) {}

    /** A key unique within the referential: {@code need/id}. */
    public String key() {
        return need() + "/" + id();
    }

    public boolean isNumeric() {
        return scoring.isNumeric();
    }

    /** See {@link Definition#origin()}. */
    public DataOrigin origin() {
        return definition.origin();
    }

    /** Converts a value known in {@code from} scale into this row's scale (e.g. 0.0821 as a fraction → 8.21 %). */
    public double toRowScale(double value, Scale from) {
        return scale().convert(value, from);
    }

    public IndicatorRow withAnchors(Anchors newAnchors) {
        return new IndicatorRow(placement, definition, scoring.withAnchors(newAnchors), documentation);
    }

    public IndicatorRow withCurveK(double k) {
        return new IndicatorRow(placement, definition, scoring.withCurveK(k), documentation);
    }

    // Shortcuts read by other modules (report, diagnostic.prefill) and by the portrait template.

    /** The indicator's id, e.g. {@code bv1_i17}: {@code placement().id()}. */
    public String id() {
        return placement.id();
    }

    /** The id of the need the row belongs to: {@code placement().need()}. */
    public String need() {
        return placement.need();
    }

    /** {@code placement().objective()}. */
    public Objective objective() {
        return placement.objective();
    }

    /** {@code definition().designation()}. */
    public String designation() {
        return definition.designation();
    }

    /** {@code definition().unit()}. */
    public String unit() {
        return definition.unit();
    }

    /** {@code definition().primarySource()}. */
    public String primarySource() {
        return definition.primarySource();
    }

    /** The scale of the row's thresholds: {@code scoring().scale()}. */
    public Scale scale() {
        return scoring.scale();
    }
}
