package fr.resilience360.survey;

import fr.resilience360.database.ClusterLocks;
import fr.resilience360.observatory.ActorType;
import fr.resilience360.observatory.DeclaredIndicatorValues;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.shared.UserInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Shares a territory's élus' and businesses' surveys with the observatory when its team opts in, survey by survey:
 * the answers of the territory's shared surveys of one template, pooled by the year they were opened, become its
 * « déclaré » values ({@link SharedIndicators}), replaced as a whole through {@link Observatory#replaceDeclared} — this
 * module never writes the observatory's tables. Published when a survey is shared or un-shared (un-sharing the last
 * one removes the values), and again by {@link #refresh()} when the answers of shared surveys changed.
 */
@Service
class ObservatorySharing {

    private static final Logger log = LoggerFactory.getLogger(ObservatorySharing.class);

    private final SharingRepository repository;
    private final SurveyRepository surveys;
    private final Observatory observatory;
    /** The state of the answers last published, by territory and template. */
    private final Map<String, String> published = new ConcurrentHashMap<>();

    private final ClusterLocks locks;
    private final Duration refreshGap;

    ObservatorySharing(
            SharingRepository repository,
            SurveyRepository surveys,
            Observatory observatory,
            ClusterLocks locks,
            @Value("${resilience360.surveys.sharing-refresh:PT10M}") Duration refresh) {
        this.repository = repository;
        this.surveys = surveys;
        this.observatory = observatory;
        this.locks = locks;
        this.refreshGap = refresh.dividedBy(2);
    }

    /** Switches a survey's opt-in and publishes its territory's values of that template again. */
    void setShared(Survey survey, boolean shared) {
        if (SharedIndicators.actorType(survey.template()).isEmpty())
            throw new UserInputException(
                    "Seules les enquêtes « élus » et « entreprises » se partagent avec l'observatoire.");
        repository.setShared(survey.id(), shared);
        publish(survey.territoryId(), survey.template());
    }

    boolean isShared(Survey survey) {
        return repository.isShared(survey.id());
    }

    long responseCount(Survey survey) {
        return repository.responseCount(survey.id());
    }

    /** The values a territory shares for a template now, all shared surveys pooled by year. */
    List<DeclaredIndicatorValues.Value> values(String territoryId, String template) {
        Map<Integer, List<Map<String, Object>>> byYear = new TreeMap<>();
        for (SharingRepository.SharedSurvey s : repository.shared(territoryId, template))
            surveys.answers(s.id())
                    .forEach(a -> byYear.computeIfAbsent(s.year(), y -> new ArrayList<>())
                            .add(SurveyJson.answers(a)));
        List<DeclaredIndicatorValues.Value> values = new ArrayList<>();
        byYear.forEach((year, answers) ->
                values.addAll(SharedIndicators.values(template, ObservationPeriod.ofYear(year), answers)));
        return values;
    }

    /**
     * Replaces the observatory's declared values of the territory for this template by those shared now; one at a time
     * for all the instances of the application, so that a member's switch and the periodic refresh never write the same
     * values together.
     */
    void publish(String territoryId, String template) {
        ActorType actor = SharedIndicators.actorType(template).orElseThrow();
        String source = "enquête « " + (template.equals("elus") ? "élus" : template) + " » partagée par le territoire";
        locks.runExclusively(
                "survey.sharing/" + territoryId + "/" + template,
                () -> observatory.replaceDeclared(
                        new DeclaredIndicatorValues(territoryId, actor, source, values(territoryId, template))));
    }

    /**
     * Publishes again the territories whose shared surveys' answers changed since they were last published here (at
     * the first run, every territory that shares: a restart loses nothing).
     */
    @Scheduled(
            initialDelayString = "${resilience360.surveys.sharing-refresh:PT10M}",
            fixedDelayString = "${resilience360.surveys.sharing-refresh:PT10M}")
    void refresh() {
        // one instance of the application refreshes when several share the database (docs/deploy.md)
        locks.runScheduled("survey.sharing-refresh", refreshGap, this::refreshNow);
    }

    /** The refresh itself, on this instance. */
    void refreshNow() {
        for (SharingRepository.SharedState s : repository.states()) {
            String key = s.territoryId() + "/" + s.template();
            if (s.state().equals(published.get(key))) continue;
            publish(s.territoryId(), s.template());
            published.put(key, s.state());
            log.info(
                    "Enquêtes partagées avec l'observatoire : {} ({}) publiées à nouveau",
                    s.territoryId(),
                    s.template());
        }
    }
}
