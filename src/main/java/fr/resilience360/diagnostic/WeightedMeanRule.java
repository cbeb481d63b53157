package fr.resilience360.diagnostic;

/**
 * Score of a need (and of a category or an objective): the mean of the notes that exist, as the Diag360 viewer
 * computes it from the Export sheet; missing notes are left out, never counted as 0. With a weighting profile, each
 * note counts for its row's weight; with equal weights this is the plain mean.
 */
final class WeightedMeanRule {

    private double weightedSum;
    private double weights;
    private int count;

    void add(double note, double weight) {
        if (!Double.isNaN(note) && weight > 0) {
            weightedSum += note * weight;
            weights += weight;
            count++;
        }
    }

    int count() {
        return count;
    }

    /** @return the mean, or null when no note exists */
    Double mean() {
        return weights == 0 ? null : weightedSum / weights;
    }
}
