package fr.resilience360.referential;

/** How a row is answered: a number scored between two thresholds, or one of three ordered labels. */
public enum ValueType {
    NUMERIC,
    ORDINAL
}
