package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import fr.resilience360.survey.Questionnaire.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The builder's edits of a draft questionnaire, by position (sections and questions counted from 0): add, rename,
 * delete and move sections; add, replace, delete and move questions. Moving a question up from the top of its section
 * puts it at the end of the previous one, moving it down from the bottom at the start of the next one, so that
 * questions travel across sections with the same two buttons. A move with nowhere to go changes nothing. A position
 * that does not exist is refused ({@link IndexOutOfBoundsException}). Plain Java: each edit returns a new draft.
 */
final class QuestionnaireEdits {

    private QuestionnaireEdits() {}

    static Questionnaire retitle(Questionnaire q, String titre, String introduction) {
        return new Questionnaire(q.modele(), q.version(), titre, introduction, q.sections());
    }

    static Questionnaire addSection(Questionnaire q, String titre) {
        List<Section> sections = new ArrayList<>(q.sections());
        sections.add(new Section(titre, List.of()));
        return with(q, sections);
    }

    static Questionnaire renameSection(Questionnaire q, int s, String titre) {
        List<Section> sections = new ArrayList<>(q.sections());
        sections.set(s, new Section(titre, sections.get(s).questions()));
        return with(q, sections);
    }

    static Questionnaire deleteSection(Questionnaire q, int s) {
        List<Section> sections = new ArrayList<>(q.sections());
        sections.remove(s);
        return with(q, sections);
    }

    static Questionnaire moveSection(Questionnaire q, int s, boolean up) {
        List<Section> sections = new ArrayList<>(q.sections());
        Section moved = sections.get(s);
        int to = up ? s - 1 : s + 1;
        if (to < 0 || to >= sections.size()) return q;
        sections.set(s, sections.get(to));
        sections.set(to, moved);
        return with(q, sections);
    }

    static Questionnaire addQuestion(Questionnaire q, int s, Question question) {
        List<Question> questions = new ArrayList<>(q.sections().get(s).questions());
        questions.add(question);
        return withQuestions(q, s, questions);
    }

    static Questionnaire replaceQuestion(Questionnaire q, int s, int i, Question question) {
        List<Question> questions = new ArrayList<>(q.sections().get(s).questions());
        questions.set(i, question);
        return withQuestions(q, s, questions);
    }

    static Questionnaire deleteQuestion(Questionnaire q, int s, int i) {
        List<Question> questions = new ArrayList<>(q.sections().get(s).questions());
        questions.remove(i);
        return withQuestions(q, s, questions);
    }

    static Questionnaire moveQuestion(Questionnaire q, int s, int i, boolean up) {
        List<Question> questions = new ArrayList<>(q.sections().get(s).questions());
        Question moved = questions.get(i);
        int to = up ? i - 1 : i + 1;
        if (to >= 0 && to < questions.size()) {
            questions.set(i, questions.get(to));
            questions.set(to, moved);
            return withQuestions(q, s, questions);
        }
        int next = up ? s - 1 : s + 1;
        if (next < 0 || next >= q.sections().size()) return q;
        questions.remove(i);
        List<Question> target = new ArrayList<>(q.sections().get(next).questions());
        target.add(up ? target.size() : 0, moved);
        return withQuestions(withQuestions(q, s, questions), next, target);
    }

    /** Where a question is after {@link #moveQuestion}: its section and position. */
    static int[] positionOf(Questionnaire q, Question question) {
        for (int s = 0; s < q.sections().size(); s++) {
            int i = q.sections().get(s).questions().indexOf(question);
            if (i >= 0) return new int[] {s, i};
        }
        return new int[] {-1, -1};
    }

    private static Questionnaire withQuestions(Questionnaire q, int s, List<Question> questions) {
        List<Section> sections = new ArrayList<>(q.sections());
        sections.set(s, new Section(sections.get(s).titre(), questions));
        return with(q, sections);
    }

    private static Questionnaire with(Questionnaire q, List<Section> sections) {
        return new Questionnaire(q.modele(), q.version(), q.titre(), q.introduction(), sections);
    }
}
