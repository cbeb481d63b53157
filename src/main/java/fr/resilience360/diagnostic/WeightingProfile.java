package fr.resilience360.diagnostic;

import fr.resilience360.referential.DataOrigin;
import fr.resilience360.referential.IndicatorKind;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.NeedCategory;
import java.util.Map;

/**
 * How much each row counts in the scores of its need, category and objective. Every diagnostic names the profile
 * that produced it. The default, {@link #equal()}, is the workbook's: every note counts the same.
 */
public interface WeightingProfile {

    /** A name shown with the results, e.g. « égal » or « personnalisé : Communauté de communes X ». */
    String name();

    /** The weight of a row of {@code need}, ≥ 0 (0 leaves the row out of the scores; its note is still given). */
    double weight(IndicatorRow row, Need need);

    /** Every row counts the same: the Diag360 workbook's own rule. */
    static WeightingProfile equal() {
        return Profiles.EQUAL;
    }

    /**
     * Weights by criteria, multiplied: need category, indicator kind (état/action) and data origin (internal
     * knowledge or open data). A criterion value absent from its map weighs 1.
     */
    static WeightingProfile byCriteria(
            String name,
            Map<NeedCategory, Double> byCategory,
            Map<IndicatorKind, Double> byKind,
            Map<DataOrigin, Double> byOrigin) {
        return new Profiles.ByCriteria(name, Map.copyOf(byCategory), Map.copyOf(byKind), Map.copyOf(byOrigin));
    }

    /**
     * Weights set by a collectivité, by row key ({@code need/id}, see {@link IndicatorRow#key()}); a row absent from
     * the map weighs {@code defaultWeight}.
     */
    static WeightingProfile custom(String name, Map<String, Double> weightsByRowKey, double defaultWeight) {
        return new Profiles.Custom(name, Map.copyOf(weightsByRowKey), defaultWeight);
    }
}
