package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The cross-tabulation of two closed questions: how many responses gave each pair of values (a multiple choice
 * counted per option), with the cells {@link SmallCells} hides shown as {@code null}. A value nobody gave (among the
 * responses that answered both questions) has no row or column: the per-question counts already say it has none. A
 * row's or a column's total (the responses with that value that answered the other question) is shown only when
 * none of its cells is hidden.
 *
 * @param columnValues the values of the columns, {@code columns} their labels
 * @param respondents the responses that answered both questions; {@code null} when under the threshold
 */
record CrossTab(
        Question rowQuestion,
        Question columnQuestion,
        List<String> columnValues,
        List<String> columns,
        List<Row> rows,
        List<Integer> columnTotals,
        Integer respondents) {

    record Row(String value, String label, List<Integer> cells, Integer total) {}

    static CrossTab of(Question rowQuestion, Question columnQuestion, List<Map<String, Object>> answers) {
        List<String> rowValues = List.copyOf(ChoiceLabels.of(rowQuestion).keySet());
        List<String> columnValues = List.copyOf(ChoiceLabels.of(columnQuestion).keySet());
        int[][] all = new int[rowValues.size()][columnValues.size()];
        int[] rowTotals = new int[rowValues.size()];
        int[] columnTotals = new int[columnValues.size()];
        int both = 0;
        for (Map<String, Object> answer : answers) {
            List<Integer> rs = indexes(rowValues, answer.get(rowQuestion.code()));
            List<Integer> cs = indexes(columnValues, answer.get(columnQuestion.code()));
            if (rs.isEmpty() || cs.isEmpty()) continue;
            both++;
            rs.forEach(r -> rowTotals[r]++);
            cs.forEach(c -> columnTotals[c]++);
            for (int r : rs) for (int c : cs) all[r][c]++;
        }
        int[] keptRows = IntStream.range(0, rowValues.size())
                .filter(r -> rowTotals[r] > 0)
                .toArray();
        int[] keptColumns = IntStream.range(0, columnValues.size())
                .filter(c -> columnTotals[c] > 0)
                .toArray();
        int[][] counts = new int[keptRows.length][keptColumns.length];
        for (int r = 0; r < keptRows.length; r++)
            for (int c = 0; c < keptColumns.length; c++) counts[r][c] = all[keptRows[r]][keptColumns[c]];
        boolean[][] hidden = SmallCells.hidden(counts);
        List<String> rowLabels = List.copyOf(ChoiceLabels.of(rowQuestion).values());
        List<String> columnLabels = List.copyOf(ChoiceLabels.of(columnQuestion).values());
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < keptRows.length; r++) {
            List<Integer> cells = new ArrayList<>();
            for (int c = 0; c < keptColumns.length; c++) cells.add(hidden[r][c] ? null : counts[r][c]);
            Integer total = cells.contains(null) ? null : rowTotals[keptRows[r]];
            rows.add(new Row(rowValues.get(keptRows[r]), rowLabels.get(keptRows[r]), cells, total));
        }
        List<Integer> shownColumnTotals = new ArrayList<>();
        for (int c = 0; c < keptColumns.length; c++) {
            int column = c;
            boolean complete = IntStream.range(0, keptRows.length).noneMatch(r -> hidden[r][column]);
            shownColumnTotals.add(complete ? columnTotals[keptColumns[c]] : null);
        }
        return new CrossTab(
                rowQuestion,
                columnQuestion,
                IntStream.of(keptColumns).mapToObj(columnValues::get).toList(),
                IntStream.of(keptColumns).mapToObj(columnLabels::get).toList(),
                rows,
                shownColumnTotals,
                both < SmallCells.THRESHOLD ? null : both);
    }

    /** Why the questions {@code ligne} and {@code colonne} cannot be crossed; null when they can. */
    static String problem(Questionnaire questionnaire, String ligne, String colonne) {
        boolean closed = questionnaire
                        .question(ligne == null ? "" : ligne)
                        .filter(ChoiceLabels::closed)
                        .isPresent()
                && questionnaire
                        .question(colonne == null ? "" : colonne)
                        .filter(ChoiceLabels::closed)
                        .isPresent();
        if (!closed) return "Choisissez deux questions fermées (échelle, choix unique ou multiple).";
        if (ligne.equals(colonne)) return "Choisissez deux questions différentes.";
        return null;
    }

    /** The positions of an answer's values among a question's values (unknown values left out). */
    private static List<Integer> indexes(List<String> values, Object answer) {
        return ChoiceLabels.values(answer).stream()
                .map(values::indexOf)
                .filter(i -> i >= 0)
                .distinct()
                .toList();
    }
}
