package fr.resilience360.survey;

import java.util.List;
import java.util.Map;

/**
 * Everything the synthesis page shows.
 *
 * @param total the survey's stored responses
 * @param kept the responses the filters keep, which every count of the page is made of
 * @param answerFilters the choices of the « answer to another question » filter, by question
 * @param closedQuestions code → label of the questions one may cross
 * @param crossTab the cross-tabulation asked for; null when none is
 * @param texts the page of free texts shown; null when the questionnaire has none
 * @param previousTexts the link to the previous page of texts; null on the first
 * @param exports format ({@code csv}, {@code xlsx}, {@code json}) → link to the filtered export
 */
record SynthesisModel(
        long id,
        String title,
        AnswerFilter filter,
        int total,
        int kept,
        List<String> volunteers,
        List<FilterGroup> answerFilters,
        List<QuestionSummary> questions,
        Map<String, String> closedQuestions,
        SynthesisQuery query,
        CrossTab crossTab,
        String crossTabError,
        Map<String, String> textSources,
        FreeTexts.Page texts,
        String previousTexts,
        String nextTexts,
        Map<String, String> exports) {

    /** The choices of a closed question for the « answer to another question » filter: {@code code:valeur} → label. */
    record FilterGroup(String label, Map<String, String> options) {}
}
