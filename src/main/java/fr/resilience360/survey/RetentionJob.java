package fr.resilience360.survey;

import fr.resilience360.database.ClusterLocks;
import fr.resilience360.survey.Questionnaire.Question;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issue 11, item 5: once a survey's retention day ({@code retain_until}) has passed, its answers are deleted or
 * anonymised as its team chose ({@code retention_action}), once, in one transaction per survey, with one line in the
 * log for each. Anonymising keeps the closed answers (scales, choices, numbers, rankings) for the synthesis and
 * removes every free text: the answers to {@code texte_court} and {@code texte_long} questions and the « autre »
 * texts. Runs daily ({@code resilience360.surveys.retention-cron}, 3:30 Paris time by default; {@code -} turns it off).
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionRepository repository;
    private final ClusterLocks locks;
    private final String cron;
    private final Clock clock;

    @Autowired
    RetentionJob(
            RetentionRepository repository,
            ClusterLocks locks,
            @Value("${resilience360.surveys.retention-cron:0 30 3 * * *}") String cron) {
        this(repository, locks, cron, Clock.systemUTC());
    }

    RetentionJob(RetentionRepository repository, ClusterLocks locks, String cron, Clock clock) {
        this.repository = repository;
        this.locks = locks;
        this.cron = cron;
        this.clock = clock;
    }

    /** What was done to a survey's answers. */
    record Retained(long surveyId, String territoryId, String action, int answers) {}

    @Scheduled(cron = "${resilience360.surveys.retention-cron:0 30 3 * * *}", zone = "Europe/Paris")
    void daily() {
        // one instance of the application runs each firing when several share the database (docs/deploy.md)
        locks.runScheduled("survey.retention", ClusterLocks.halfPeriod(cron), this::run);
    }

    /** Deals with every survey whose retention day is before today (Paris time); a survey that fails is retried next time. */
    List<Retained> run() {
        List<Retained> done = new ArrayList<>();
        for (RetentionRepository.Due due : repository.due(LocalDate.now(clock.withZone(SurveySettings.PARIS)))) {
            try {
                done.add(retain(due));
            } catch (RuntimeException e) {
                log.error(
                        "Conservation des enquêtes : échec pour l'enquête n° {}, reprise à la prochaine exécution",
                        due.id(),
                        e);
            }
        }
        return done;
    }

    private Retained retain(RetentionRepository.Due due) {
        boolean delete = SurveySettings.DELETE.equals(due.action());
        int answers = delete
                ? repository.delete(due.id())
                : repository.anonymise(due.id(), freeTextKeys(due.questionnaire()));
        log.info(
                "Conservation des enquêtes : enquête n° {} du territoire {}, date de conservation passée : {} réponse(s) {}",
                due.id(),
                due.territoryId(),
                answers,
                delete ? "supprimée(s)" : "anonymisée(s)");
        return new Retained(due.id(), due.territoryId(), due.action(), answers);
    }

    /** The keys of an answer document that hold free text: text questions and « autre » texts. */
    static List<String> freeTextKeys(Questionnaire questionnaire) {
        List<String> keys = new ArrayList<>();
        for (Question q : questionnaire.questions().values()) {
            if (q.type().isText()) keys.add(q.code());
            if (q.autre()) keys.add(q.code() + AnswerCheck.OTHER_SUFFIX);
        }
        return keys;
    }
}
