package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cross-tabulation of two closed questions: how many responses gave each pair of values (a multiple choice
 * counted per option), with the cells {@link SmallCells} hides shown as {@code null}. A row's or a column's total
 * (the responses with that value that answered the other question) is shown only when none of its cells is hidden.
 *
 * @param respondents the responses that answered both questions; {@code null} when under the threshold
 */
record CrossTab(
        Question rowQuestion,
        Question columnQuestion,
        List<String> columns,
        List<Row> rows,
        List<Integer> columnTotals,
        Integer respondents) {

    record Row(String label, List<Integer> cells, Integer total) {}

    static CrossTab of(Question rowQuestion, Question columnQuestion, List<Map<String, Object>> answers) {
        List<String> rowValues = List.copyOf(ChoiceLabels.of(rowQuestion).keySet());
        List<String> columnValues = List.copyOf(ChoiceLabels.of(columnQuestion).keySet());
        int[][] counts = new int[rowValues.size()][columnValues.size()];
        int[] rowTotals = new int[rowValues.size()];
        int[] columnTotals = new int[columnValues.size()];
        int both = 0;
        for (Map<String, Object> answer : answers) {
            List<String> rs = ChoiceLabels.values(answer.get(rowQuestion.code()));
            List<String> cs = ChoiceLabels.values(answer.get(columnQuestion.code()));
            if (rs.isEmpty() || cs.isEmpty()) continue;
            both++;
            for (String r : rs) {
                int i = rowValues.indexOf(r);
                if (i >= 0) rowTotals[i]++;
                for (String c : cs) if (i >= 0 && columnValues.contains(c)) counts[i][columnValues.indexOf(c)]++;
            }
            for (String c : cs) if (columnValues.contains(c)) columnTotals[columnValues.indexOf(c)]++;
        }
        boolean[][] hidden = SmallCells.hidden(counts);
        return new CrossTab(
                rowQuestion,
                columnQuestion,
                List.copyOf(ChoiceLabels.of(columnQuestion).values()),
                rows(ChoiceLabels.of(rowQuestion).values(), counts, hidden, rowTotals),
                columnTotals(counts, hidden, columnTotals),
                both < SmallCells.THRESHOLD ? null : both);
    }

    private static List<Row> rows(
            java.util.Collection<String> labels, int[][] counts, boolean[][] hidden, int[] totals) {
        List<Row> rows = new ArrayList<>();
        int r = 0;
        for (String label : labels) {
            List<Integer> cells = new ArrayList<>();
            boolean complete = true;
            for (int c = 0; c < counts[r].length; c++) {
                cells.add(hidden[r][c] ? null : counts[r][c]);
                complete &= !hidden[r][c];
            }
            rows.add(new Row(label, cells, complete ? totals[r] : null));
            r++;
        }
        return rows;
    }

    private static List<Integer> columnTotals(int[][] counts, boolean[][] hidden, int[] totals) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < totals.length; c++) {
            boolean complete = true;
            for (int r = 0; r < counts.length; r++) complete &= !hidden[r][c];
            out.add(complete ? totals[c] : null);
        }
        return out;
    }
}
