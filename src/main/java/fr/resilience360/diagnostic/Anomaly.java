package fr.resilience360.diagnostic;

/** An answer that was given but cannot be scored, with the sheet row, the indicator id and a French reason. */
public record Anomaly(int row, String id, String need, String message) {}
