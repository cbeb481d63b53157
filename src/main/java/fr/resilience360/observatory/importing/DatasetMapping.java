package fr.resilience360.observatory.importing;

import java.util.List;

/**
 * How a CSV file becomes indicator values: the dataset's provenance, the file's layout (separator, level and code
 * column) and the indicators with the column (or formula) and period of each value. Written as a small YAML file next
 * to the data; the same format loads a new official dataset without code ({@code import DATASET FILE MAPPING}).
 */
public record DatasetMapping(Info dataset, Layout file, List<IndicatorSpec> indicators) {

    /** Provenance. {@code title} is the short source shown with values, e.g. "INSEE RP 2022". */
    public record Info(
            String id,
            String title,
            String producer,
            String vintage,
            String licence,
            String sourceUrl,
            String theme,
            String resource) {}

    /**
     * {@code level}: commune or epci (the codes' kind), or {@code epci|commune} for an EPCI file that also lists a few
     * communes outside any EPCI of its référentiel (Paris in the Observatoire des territoires' exports); {@code code}: the code column; {@code fallbackCode}: a column
     * of older codes used when {@code code} is empty. {@code flagRepeated}: a flag given to non-zero values repeated
     * in at least 5 rows of a column (the smoothed values of small communes). {@code headerLine}: the line of the
     * column names (1 when absent), for exports that open with title lines, as the Observatoire des territoires'.
     */
    public record Layout(
            String separator, String level, String code, String fallbackCode, String flagRepeated, Integer headerLine) {

        public int headerLineOrFirst() {
            return headerLine == null ? 1 : headerLine;
        }
    }

    /**
     * An indicator. {@code presence}: the value is 1 for every code listed (e.g. a commune with an ABC atlas);
     * {@code absentValue}: the value of communes the file does not list (0 when the file lists only non-zero
     * counts); without it a missing commune has no value. {@code external}: values for an indicator declared by
     * another dataset (e.g. the vacancy rate published per EPCI for the indicator declared with the communes' file),
     * so that a value published at a territory's own level is preferred to the aggregate of its communes.
     */
    public record IndicatorSpec(
            String id,
            String label,
            String definition,
            String unit,
            Integer decimals,
            String actorType,
            Aggregation aggregation,
            Double min,
            Double max,
            Boolean higherIsBetter,
            Boolean presence,
            Double absentValue,
            Boolean context,
            Boolean external,
            List<ValueSpec> values) {}

    /** The rule (see {@code AggregationRule}) with its weight, components and factor. */
    public record Aggregation(String rule, String weight, List<String> components, Double factor) {}

    /** A value: the column or formula, and the period (2022, 2022-03, 2050s). */
    public record ValueSpec(String column, String period) {}
}
