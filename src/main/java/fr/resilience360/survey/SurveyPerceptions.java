package fr.resilience360.survey;

import fr.resilience360.online.PortraitPerceptions;
import fr.resilience360.survey.PerceptionRepository.AnswerSum;
import fr.resilience360.survey.PerceptionRepository.SurveySnapshot;
import fr.resilience360.survey.Questionnaire.Question;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The portrait's « Perception des habitants » ({@link PerceptionIndex}) from every inhabitants' survey of the
 * territory, open or closed, with the answers received so far; a survey counts its own questionnaire snapshot's scale
 * questions linked to a need. Computed once per state of the territory's answers (one small read per portrait) and
 * kept for the {@link #MAX_ENTRIES} territories most recently read; {@link #version()}, read at most once a second,
 * renders the cached published portraits again when an answer arrives.
 */
@Component
class SurveyPerceptions implements PortraitPerceptions {

    static final int MAX_ENTRIES = 1024;
    static final long VERSION_MILLIS = 1_000;

    private final PerceptionRepository repository;
    private final Map<String, Optional<Perceptions>> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Perceptions>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private volatile String version = "";
    private volatile long versionReadAt;

    SurveyPerceptions(PerceptionRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Perceptions> of(String territoryId) {
        String key = territoryId + "@" + repository.state(territoryId);
        synchronized (kept) {
            if (kept.containsKey(key)) return kept.get(key);
        }
        Optional<Perceptions> computed = compute(territoryId, key);
        synchronized (kept) {
            kept.put(key, computed);
        }
        return computed;
    }

    @Override
    public String version() {
        long now = System.currentTimeMillis();
        if (now - versionReadAt > VERSION_MILLIS) {
            version = "perceptions:" + repository.state();
            versionReadAt = now;
        }
        return version;
    }

    private Optional<Perceptions> compute(String territoryId, String state) {
        List<SurveySnapshot> surveys = repository.surveys(territoryId);
        if (surveys.isEmpty()) return Optional.empty();
        Map<Long, Map<String, String>> needOfCode = new HashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, double[]> sums = new HashMap<>();
        for (SurveySnapshot s : surveys) {
            Map<String, String> needs = new HashMap<>();
            for (Question q :
                    SurveyJson.questionnaire(s.questionnaireJson()).questions().values())
                if (q.type() == QuestionType.ECHELLE && q.besoin() != null) {
                    needs.put(q.code(), q.besoin());
                    counts.putIfAbsent(q.besoin(), new long[1]);
                    sums.putIfAbsent(q.besoin(), new double[1]);
                }
            needOfCode.put(s.id(), needs);
        }
        List<Long> ids = surveys.stream().map(SurveySnapshot::id).toList();
        List<String> codes = needOfCode.values().stream()
                .flatMap(m -> m.keySet().stream())
                .distinct()
                .toList();
        for (AnswerSum a : repository.sums(ids, codes)) {
            String need = needOfCode.get(a.surveyId()).get(a.code());
            if (need == null) continue;
            counts.get(need)[0] += a.count();
            sums.get(need)[0] += a.sum();
        }
        Map<String, Perception> byNeed = new HashMap<>();
        counts.forEach((need, n) -> byNeed.put(need, PerceptionIndex.of(n[0], sums.get(need)[0])));
        return Optional.of(new Perceptions(state, scope(surveys.size(), repository.responses(ids)), byNeed));
    }

    /** Which answers count, in words, as the portrait says it under the table. */
    static String scope(int surveys, long responses) {
        return "Perception des habitants : moyenne des notes (de 1, « très difficile », à 5, « sans aucune difficulté »)"
                + " données au besoin dans toutes les enquêtes « habitants » du territoire, ouvertes ou closes ("
                + surveys + (surveys == 1 ? " enquête, " : " enquêtes, ") + responses
                + (responses == 1 ? " réponse reçue" : " réponses reçues") + " à ce jour), ramenée à l'échelle du"
                + " score de 0 à 1 : (moyenne − 1) / 4. Elle n'est pas affichée sous "
                + PerceptionIndex.MINIMUM_ANSWERS + " réponses.";
    }
}
