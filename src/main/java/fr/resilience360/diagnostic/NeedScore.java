package fr.resilience360.diagnostic;

import fr.resilience360.referential.Need;

/**
 * The score of a need: the (weighted) mean of its notes that exist, null when none does.
 *
 * @param notesCount rows with a note
 * @param filledCount rows with an answer, scored or not
 */
public record NeedScore(Need need, Double score, int notesCount, int filledCount, int rowsCount) {}
