package fr.resilience360.survey;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The survey intake's metric ({@code /actuator/prometheus}): {@value #ANSWERS} counts the answers stored by this
 * process, by {@code source} ({@code web} or {@code papier}, as stored: a sheet entered or a line of an imported
 * file), never a replay nor a refused answer. Inside a transaction (a paper import stores all its lines or none), the
 * answers are counted once it commits.
 */
@Component
class IntakeMetrics {

    static final String ANSWERS = "resilience360.survey.answers";

    private final Counter web;
    private final Counter paper;

    IntakeMetrics(MeterRegistry registry) {
        this.web = counter(registry, Responses.SOURCE_WEB);
        this.paper = counter(registry, PaperRepository.SOURCE_PAPER);
    }

    private static Counter counter(MeterRegistry registry, String source) {
        return Counter.builder(ANSWERS)
                .description("Réponses aux enquêtes enregistrées")
                .tag("source", source)
                .register(registry);
    }

    void webAnswer() {
        web.increment();
    }

    void paperAnswers(int count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            paper.increment(count);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                paper.increment(count);
            }
        });
    }
}
