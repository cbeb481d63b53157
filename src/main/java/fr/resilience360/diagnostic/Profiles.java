package fr.resilience360.diagnostic;

import fr.resilience360.referential.DataOrigin;
import fr.resilience360.referential.IndicatorKind;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.NeedCategory;
import java.util.Map;

/** The weighting profiles offered by {@link WeightingProfile}. */
final class Profiles {

    static final WeightingProfile EQUAL = new WeightingProfile() {
        @Override
        public String name() {
            return "égal";
        }

        @Override
        public double weight(IndicatorRow row, Need need) {
            return 1;
        }
    };

    private Profiles() {}

    record ByCriteria(
            String name,
            Map<NeedCategory, Double> byCategory,
            Map<IndicatorKind, Double> byKind,
            Map<DataOrigin, Double> byOrigin)
            implements WeightingProfile {

        @Override
        public double weight(IndicatorRow row, Need need) {
            return byCategory.getOrDefault(need.category(), 1.0)
                    * (row.placement().kind() == null
                            ? 1.0
                            : byKind.getOrDefault(row.placement().kind(), 1.0))
                    * byOrigin.getOrDefault(row.origin(), 1.0);
        }
    }

    record Custom(String name, Map<String, Double> weightsByRowKey, double defaultWeight) implements WeightingProfile {
        @Override
        public double weight(IndicatorRow row, Need need) {
            return weightsByRowKey.getOrDefault(row.key(), defaultWeight);
        }
    }
}
