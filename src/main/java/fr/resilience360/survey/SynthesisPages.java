package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Builds the synthesis page of a survey from its responses, its filters and what the URL asks for. */
@Component
class SynthesisPages {

    private final StoredAnswerRepository storedAnswers;

    SynthesisPages(StoredAnswerRepository storedAnswers) {
        this.storedAnswers = storedAnswers;
    }

    /** {@code path} is the page's address without parameters, the links of the page keep the filters. */
    @SuppressWarnings("unchecked")
    SynthesisModel build(Survey survey, AnswerFilter filter, SynthesisQuery query, String path) {
        Questionnaire questionnaire = survey.questionnaire();
        List<StoredAnswer> all = storedAnswers.of(survey.id());
        List<StoredAnswer> kept = filter.apply(all, questionnaire);
        List<Map<String, Object>> answers =
                kept.stream().map(StoredAnswer::answers).toList();
        Map<String, Object> synthesis = Synthesis.of(survey, answers);
        List<QuestionSummary> questions = new ArrayList<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) synthesis.get("questions"))
            questions.add(QuestionSummary.of(questionnaire.questions().get((String) q.get("code")), q));
        Map<String, String> sources = FreeTexts.sources(questionnaire);
        String key = sources.containsKey(query.texte()) ? query.texte() : firstAnswered(sources, kept);
        FreeTexts.Page texts = key == null ? null : FreeTexts.page(kept, key, query.recherche(), query.page());
        return new SynthesisModel(
                survey.id(),
                questionnaire.titre(),
                filter,
                all.size(),
                kept.size(),
                all.stream()
                        .map(StoredAnswer::enteredBy)
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList(),
                filterGroups(questionnaire),
                questions,
                closedQuestions(questionnaire),
                query,
                crossTab(questionnaire, query, answers),
                crossTabError(questionnaire, query),
                sources,
                texts,
                texts == null || texts.page() <= 1 ? null : textsLink(filter, query, key, texts.page() - 1, path),
                texts == null || texts.page() >= texts.lastPage()
                        ? null
                        : textsLink(filter, query, key, texts.page() + 1, path),
                exports(filter, path));
    }

    private static Map<String, String> closedQuestions(Questionnaire questionnaire) {
        Map<String, String> closed = new LinkedHashMap<>();
        questionnaire.questions().values().stream()
                .filter(ChoiceLabels::closed)
                .forEach(q -> closed.put(q.code(), q.libelle()));
        return closed;
    }

    private static List<SynthesisModel.FilterGroup> filterGroups(Questionnaire questionnaire) {
        List<SynthesisModel.FilterGroup> groups = new ArrayList<>();
        for (Question q : questionnaire.questions().values()) {
            if (!ChoiceLabels.closed(q)) continue;
            Map<String, String> options = new LinkedHashMap<>();
            ChoiceLabels.of(q).forEach((value, label) -> options.put(q.code() + ":" + value, label));
            groups.add(new SynthesisModel.FilterGroup(q.libelle(), options));
        }
        return groups;
    }

    private static CrossTab crossTab(Questionnaire questionnaire, SynthesisQuery query, List<Map<String, Object>> a) {
        if (crossTabError(questionnaire, query) != null || blank(query.ligne()) || blank(query.colonne())) return null;
        return CrossTab.of(
                questionnaire.questions().get(query.ligne()),
                questionnaire.questions().get(query.colonne()),
                a);
    }

    /** Why the cross-tabulation asked for cannot be made; null when it can (or none is asked for). */
    private static String crossTabError(Questionnaire questionnaire, SynthesisQuery query) {
        if (blank(query.ligne()) && blank(query.colonne())) return null;
        return CrossTab.problem(questionnaire, query.ligne(), query.colonne());
    }

    private static String textsLink(AnswerFilter filter, SynthesisQuery query, String key, int page, String path) {
        StringBuilder url = new StringBuilder(filter.appendTo(path));
        AnswerFilter.add(url, "ligne", query.ligne());
        AnswerFilter.add(url, "colonne", query.colonne());
        AnswerFilter.add(url, "texte", key);
        AnswerFilter.add(url, "recherche", query.recherche());
        AnswerFilter.add(url, "page", Integer.toString(page));
        return url.append("#textes").toString();
    }

    private static Map<String, String> exports(AnswerFilter filter, String path) {
        Map<String, String> exports = new LinkedHashMap<>();
        String base = path.substring(0, path.lastIndexOf('/'));
        for (String format : List.of("csv", "xlsx", "json"))
            exports.put(format, filter.appendTo(base + "/export." + format));
        return exports;
    }

    /** The first source of texts with an answer among these responses (the first of all when none has). */
    private static String firstAnswered(Map<String, String> sources, List<StoredAnswer> answers) {
        return sources.keySet().stream()
                .filter(key -> answers.stream().anyMatch(a -> a.answers().get(key) != null))
                .findFirst()
                .orElse(sources.isEmpty() ? null : sources.keySet().iterator().next());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
