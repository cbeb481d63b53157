package fr.resilience360.diagnostic;

/** The (weighted) mean of the notes of a group of rows: a need category or an objective; null when none exists. */
public record GroupScore(String group, Double score, int notesCount) {}
