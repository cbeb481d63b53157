package fr.resilience360.referential;

/**
 * How the thresholds of a row were chosen (workbook column P): absolute targets, the distribution of French
 * territories (relative), or both (mixed).
 */
public enum BornageType {
    ABSOLU,
    RELATIF,
    MIXTE
}
