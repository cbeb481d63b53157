package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The responses of a survey as a table with stable columns: {@code id}, {@code recu_le}, {@code source},
 * {@code code_feuille}, then one column per question ordered by question code, whatever the conditions (a question
 * not asked is an empty cell), a choice's « autre » text just after it ({@code code}, {@code code.autre}). Never the
 * respondent's or the idempotency key's hash, nor who typed a paper answer in. Plain Java.
 *
 * @param rows one per response; a cell is {@code null} (no answer), a number, a string, or a list of strings
 */
record ExportTable(List<String> columns, List<List<Object>> rows) {

    static final List<String> FIXED = List.of("id", "recu_le", "source", "code_feuille");

    static ExportTable of(Questionnaire questionnaire, List<StoredAnswer> answers) {
        List<String> columns = new ArrayList<>(FIXED);
        questionnaire.questions().values().stream()
                .sorted(Comparator.comparing(Question::code))
                .forEach(q -> {
                    columns.add(q.code());
                    if (q.autre()) columns.add(q.code() + AnswerCheck.OTHER_SUFFIX);
                });
        List<List<Object>> rows = new ArrayList<>();
        for (StoredAnswer a : answers) {
            List<Object> row = new ArrayList<>();
            row.add(a.id());
            row.add(OffsetDateTime.ofInstant(a.receivedAt(), AnswerFilter.PARIS).toString());
            row.add(a.source());
            row.add(a.sheetCode());
            for (String column : columns.subList(FIXED.size(), columns.size()))
                row.add(a.answers().get(column));
            rows.add(row);
        }
        return new ExportTable(List.copyOf(columns), rows);
    }

    /** A cell as text for CSV and XLSX: empty when absent, a list's values joined with « | ». */
    static String text(Object cell) {
        if (cell == null) return "";
        if (cell instanceof List<?> list)
            return String.join("|", list.stream().map(AnswerFilter::text).toList());
        return AnswerFilter.text(cell);
    }
}
