package fr.resilience360.survey;

import fr.resilience360.online.PortraitPerceptions.Perception;

/**
 * The inhabitants' perception index of a need: the mean of the answers to the scale questions (1 « très difficile » to
 * 5 « sans aucune difficulté ») linked to the need by {@code besoin}, brought to the scale of the need's data score on
 * the portrait (0 to 1, 1 best, as the Diag360 notes): {@code (mean − 1) / 4}. Under {@link #MINIMUM_ANSWERS} answers
 * it is not given, so that a handful of answers is never read as the inhabitants' view (the same threshold as the
 * observatory sharing and the cross-tabulations). Issue 11, item 4. Plain Java.
 */
final class PerceptionIndex {

    /** Fewer answers than this give no index. */
    static final int MINIMUM_ANSWERS = 5;

    /** The lowest and highest notes of a scale question. */
    static final int LOWEST = 1;

    static final int HIGHEST = 5;

    private PerceptionIndex() {}

    /**
     * The perception behind {@code answers} answers whose notes sum to {@code sum}.
     *
     * @throws IllegalArgumentException when the sum is impossible for that many notes of 1 to 5
     */
    static Perception of(long answers, double sum) {
        if (answers < 0 || sum < LOWEST * answers || sum > HIGHEST * answers)
            throw new IllegalArgumentException(answers + " réponses ne peuvent pas totaliser " + sum);
        int count = Math.toIntExact(answers);
        if (answers < MINIMUM_ANSWERS) return new Perception(null, count, MINIMUM_ANSWERS);
        return new Perception(rescaled(sum / answers), count, MINIMUM_ANSWERS);
    }

    /** A mean note of 1 to 5 on the portrait's scale of 0 to 1. */
    static double rescaled(double mean) {
        return (mean - LOWEST) / (HIGHEST - LOWEST);
    }
}
