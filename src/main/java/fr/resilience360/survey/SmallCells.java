package fr.resilience360.survey;

/**
 * Which cells of a cross-tabulation are hidden so that no count under {@value #THRESHOLD} can be read or worked out.
 * Primary: every cell under {@value #THRESHOLD} answers (zero included). Secondary: a row or column's total is known
 * (shown on the page, or read from the per-question counts), so a row or column with exactly one hidden cell would
 * give it away by subtraction, and one whose hidden cells add up to less than {@value #THRESHOLD} would give away
 * that they are all small (all zero when the sum is); the smallest visible cell of such a row or column is hidden
 * too, repeated until every row and every column holds no hidden cell, or at least two adding up to
 * {@value #THRESHOLD} or more (or no visible cell left). Plain Java.
 */
final class SmallCells {

    /** The smallest count shown. */
    static final int THRESHOLD = 5;

    private SmallCells() {}

    static boolean[][] hidden(int[][] counts) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) for (int c = 0; c < columns; c++) hidden[r][c] = counts[r][c] < THRESHOLD;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) changed |= protect(counts, hidden, r, true);
            for (int c = 0; c < columns; c++) changed |= protect(counts, hidden, c, false);
        }
        return hidden;
    }

    /**
     * Hides the smallest visible cell of a row (or column) holding exactly one hidden cell, or hidden cells adding up
     * to less than the threshold; whether it did.
     */
    private static boolean protect(int[][] counts, boolean[][] hidden, int line, boolean isRow) {
        int length = isRow ? counts[line].length : counts.length;
        int hiddenCells = 0;
        int hiddenSum = 0;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            int r = isRow ? line : i;
            int c = isRow ? i : line;
            if (hidden[r][c]) {
                hiddenCells++;
                hiddenSum += counts[r][c];
            } else if (smallest < 0 || counts[r][c] < at(counts, isRow, line, smallest)) smallest = i;
        }
        boolean exposed = hiddenCells == 1 || (hiddenCells > 1 && hiddenSum < THRESHOLD);
        if (!exposed || smallest < 0) return false;
        if (isRow) hidden[line][smallest] = true;
        else hidden[smallest][line] = true;
        return true;
    }

    private static int at(int[][] counts, boolean isRow, int line, int i) {
        return isRow ? counts[line][i] : counts[i][line];
    }
}
