package fr.resilience360.observatory;

import java.util.List;
import java.util.Optional;

/**
 * Every value of one indicator for one territory, oldest period first (APL 2022 and 2023, DRIAS 2030s, 2050s,
 * 2100s…): the latest value, and its change since the one before when there are two vintages.
 */
public record ValueSeries(List<IndicatorValue> values) {

    public ValueSeries {
        if (values.isEmpty()) throw new IllegalArgumentException("une série a au moins une valeur");
        values = List.copyOf(values);
    }

    public String indicatorId() {
        return latest().indicatorId();
    }

    public IndicatorValue latest() {
        return values.get(values.size() - 1);
    }

    /** The value of the period before the latest, when there is one. */
    public Optional<IndicatorValue> previous() {
        return values.size() < 2 ? Optional.empty() : Optional.of(values.get(values.size() - 2));
    }

    /** The latest value minus the previous one, in the indicator's unit, when there are two vintages. */
    public Optional<Double> change() {
        return previous().map(p -> latest().value() - p.value());
    }
}
