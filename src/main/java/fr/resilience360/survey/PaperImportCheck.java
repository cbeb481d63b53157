package fr.resilience360.survey;

import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.survey.Questionnaire.Question;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dry run of a CSV import of paper answers: every error, by line and column, before anything is stored. The header
 * is {@code feuille} then question codes (and {@code code.autre} for an « autre » text); each line is a sheet: its
 * code must be one of the survey's printed sheets, once in the file and not entered yet; its answers go through the
 * same {@link AnswerCheck} as web answers. A cell holds a number, a choice's value, a text, or for a multiple choice or
 * a ranking the values separated by {@code |} (the most important first). An empty cell is no answer. Plain Java.
 */
final class PaperImportCheck {

    private PaperImportCheck() {}

    /** One error: the line (1 for the header), the column (null for the whole line) and the French message. */
    record Problem(int line, String column, String message) {

        /** « Ligne 4, colonne besoin_eau : une note entière de 1 à 5 est attendue ». */
        public String text() {
            return "Ligne " + line + (column == null ? "" : ", colonne " + column) + " : " + message;
        }
    }

    /** A line ready to be stored: its line, its sheet's code and its checked answers. */
    record Ready(int line, String sheetCode, Map<String, Object> answers) {}

    record Report(List<Problem> problems, List<Ready> ready) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** What is known of the survey: its questionnaire, id, printed sheets, and the sheets already entered. */
    record SurveyState(Questionnaire questionnaire, long id, int printed, Map<String, Instant> entered) {}

    /** The header of the empty template: {@code feuille}, then each question's code, its « autre » text beside it. */
    static List<String> header(Questionnaire questionnaire) {
        List<String> header = new ArrayList<>(List.of(PaperEntries.SHEET_FIELD));
        for (Question q : questionnaire.questions().values()) {
            header.add(q.code());
            if (q.autre()) header.add(q.code() + AnswerCheck.OTHER_SUFFIX);
        }
        return header;
    }

    static Report check(SurveyState survey, PaperCsv.Table table) {
        List<Problem> problems = new ArrayList<>();
        List<String> columns = columns(survey.questionnaire(), table.header(), problems);
        List<Ready> ready = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (PaperCsv.Row row : table.rows()) {
            int before = problems.size();
            if (row.cells().size() > columns.size()) {
                problems.add(new Problem(
                        row.line(),
                        null,
                        row.cells().size() + " valeurs pour " + columns.size()
                                + " colonnes : vérifiez le séparateur et les guillemets"));
                continue;
            }
            String code = sheet(survey, row, seen, problems);
            Map<String, Object> answers = answers(survey.questionnaire(), columns, row, problems);
            if (problems.size() == before) ready.add(new Ready(row.line(), code, answers));
        }
        return new Report(List.copyOf(problems), List.copyOf(ready));
    }

    /** The question code (or {@code code.autre}) of each column; null for the sheet's column and unknown ones. */
    private static List<String> columns(Questionnaire questionnaire, List<String> header, List<Problem> problems) {
        Map<String, Question> questions = questionnaire.questions();
        List<String> columns = new ArrayList<>(Arrays.asList(new String[header.size()]));
        if (!header.get(0).strip().equalsIgnoreCase(PaperEntries.SHEET_FIELD))
            problems.add(new Problem(1, null, "la première colonne doit être « feuille » (le code de chaque feuille)"));
        for (int j = 1; j < header.size(); j++) {
            String name = header.get(j).strip();
            String question = name.endsWith(AnswerCheck.OTHER_SUFFIX)
                    ? name.substring(0, name.length() - AnswerCheck.OTHER_SUFFIX.length())
                    : name;
            boolean known = questions.containsKey(question)
                    && (question.equals(name) || questions.get(question).autre());
            if (name.isEmpty()) problems.add(new Problem(1, "n° " + (j + 1), "colonne sans nom"));
            else if (!known)
                problems.add(
                        new Problem(
                                1,
                                name,
                                "colonne inconnue : ni un code de question de cette enquête, ni le"
                                        + " texte « autre » d'une question (téléchargez le modèle pour les colonnes attendues)"));
            else if (columns.contains(name)) problems.add(new Problem(1, name, "colonne en double"));
            else columns.set(j, name);
        }
        return columns;
    }

    private static String sheet(
            SurveyState survey, PaperCsv.Row row, Map<String, Integer> seen, List<Problem> problems) {
        String typed = row.cells().get(0).strip();
        String fault = SheetCode.fault(typed, survey.id(), survey.printed());
        if (fault != null) {
            problems.add(new Problem(row.line(), PaperEntries.SHEET_FIELD, fault));
            return null;
        }
        String code = SheetCode.parse(typed).orElseThrow().toString();
        Integer earlier = seen.putIfAbsent(code, row.line());
        if (earlier != null)
            problems.add(new Problem(
                    row.line(), PaperEntries.SHEET_FIELD, "la feuille " + code + " figure déjà ligne " + earlier));
        else if (survey.entered().containsKey(code))
            problems.add(new Problem(
                    row.line(),
                    PaperEntries.SHEET_FIELD,
                    "la feuille " + code + " a déjà été saisie le "
                            + PaperEntries.enteredOn(survey.entered().get(code))));
        return code;
    }

    private static Map<String, Object> answers(
            Questionnaire questionnaire, List<String> columns, PaperCsv.Row row, List<Problem> problems) {
        Map<String, Question> questions = questionnaire.questions();
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int j = 1; j < row.cells().size(); j++) {
            String column = columns.get(j);
            String cell = row.cells().get(j).strip();
            if (column == null || cell.isEmpty()) continue;
            Question q = questions.get(column);
            answers.put(column, q == null ? cell : value(q, cell));
        }
        try {
            return AnswerCheck.check(questionnaire, answers);
        } catch (InvalidFieldsException e) {
            e.fields().forEach((field, message) -> problems.add(new Problem(row.line(), field, message)));
            return Map.of();
        }
    }

    /** A cell as the answer of its question: a number, a list of choices split on {@code |}, or the text itself. */
    static Object value(Question q, String cell) {
        return switch (q.type()) {
            case ECHELLE, NOMBRE -> number(cell);
            case CHOIX_MULTIPLE, CLASSEMENT ->
                Arrays.stream(cell.split("\\|"))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .toList();
            default -> cell;
        };
    }

    private static Object number(String cell) {
        try {
            return new BigDecimal(cell.replace(',', '.'));
        } catch (NumberFormatException e) {
            return cell;
        }
    }
}
