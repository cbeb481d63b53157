package fr.resilience360.observatory;

/**
 * Published once a recompute has committed (after every load of the bundled datasets, {@code import} and
 * {@code recompute}): the values, positions and {@link Observatory#version()} changed, so what other modules derive
 * from them is to be derived again.
 *
 * @param values the aggregated or computed values written
 */
public record IndicatorValuesRecomputed(int indicators, int values, long millis) {}
