package fr.resilience360.survey;

import fr.resilience360.shared.Paging;
import fr.resilience360.shared.SearchText;
import fr.resilience360.survey.Questionnaire.Question;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The free texts of a survey, one question at a time: its short or long texts, or the « autre » texts of a choice
 * question (key {@code code.autre}); searched without regard to case or accents (every word of the search must
 * appear), newest first, {@value #PAGE_SIZE} a page. Plain Java.
 */
final class FreeTexts {

    static final int PAGE_SIZE = 20;

    /** One text and the response it comes from. */
    record Text(long response, LocalDate received, String source, String text) {}

    /** A page of the texts of {@code key} matching {@code search}: {@code total} matches in all. */
    record Page(String key, String search, List<Text> texts, long total, int page, long lastPage) {}

    private FreeTexts() {}

    /** Key → label of the texts one may read: text questions, then the « autre » texts, in the questionnaire's order. */
    static Map<String, String> sources(Questionnaire questionnaire) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Question q : questionnaire.questions().values()) if (q.type().isText()) sources.put(q.code(), q.libelle());
        for (Question q : questionnaire.questions().values())
            if (q.autre()) sources.put(q.code() + AnswerCheck.OTHER_SUFFIX, "« Autre », précisé : " + q.libelle());
        return sources;
    }

    static Page page(List<StoredAnswer> answers, String key, String search, Integer page) {
        List<String> words = SearchText.words(search);
        List<Text> matches = answers.stream()
                .filter(a -> a.answers().get(key) instanceof String)
                .map(a -> new Text(a.id(), LocalDate.ofInstant(a.receivedAt(), AnswerFilter.PARIS), a.source(), (String)
                        a.answers().get(key)))
                .filter(t -> matches(t.text(), words))
                .sorted((x, y) -> Long.compare(y.response(), x.response()))
                .toList();
        Paging paging = Paging.of(page, null, PAGE_SIZE, PAGE_SIZE);
        int from = (int) Math.min(paging.offset(), matches.size());
        List<Text> shown = matches.subList(from, Math.min(matches.size(), from + PAGE_SIZE));
        return new Page(
                key,
                search == null ? "" : search,
                shown,
                matches.size(),
                paging.page(),
                paging.lastPage(matches.size()));
    }

    /** Whether every word appears in the text, case and accents aside. */
    static boolean matches(String text, List<String> words) {
        String normalized = " " + SearchText.normalize(text) + " ";
        return words.stream().allMatch(normalized::contains);
    }
}
