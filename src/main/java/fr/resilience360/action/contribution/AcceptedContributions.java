package fr.resilience360.action.contribution;

import fr.resilience360.action.ActionFeedbacks;
import fr.resilience360.action.ContributedActions;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the accepted contributions add: actions to the catalogue, feedbacks to their action's page. The version — the
 * last acceptance — is read at most once a second (an acceptance by this process is seen at once, one by another
 * instance within a second), since the catalogue asks for it at every use.
 */
@Component
class AcceptedContributions implements ContributedActions, ActionFeedbacks {

    private static final long FRESH_MILLIS = 1000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ContributionRepository repository;
    private volatile long readAt;
    private volatile String version;

    AcceptedContributions(ContributionRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Placed> accepted() {
        return repository.accepted(ContributionKind.ACTION).stream()
                .map(c -> new Placed(c.goalId(), c.proposed()))
                .toList();
    }

    @Override
    public List<Feedback> accepted(String actionId) {
        return repository.acceptedFeedbacks(actionId).stream()
                .map(c -> new Feedback(
                        c.feedback().territory(),
                        c.feedback().signature(),
                        c.feedback().text(),
                        c.history()
                                .get(c.history().size() - 1)
                                .at()
                                .atZone(PARIS)
                                .toLocalDate()))
                .toList();
    }

    @Override
    public String version() {
        long now = System.currentTimeMillis();
        String v = version;
        if (v == null || now - readAt > FRESH_MILLIS) {
            v = Long.toString(repository.lastAcceptance());
            version = v;
            readAt = now;
        }
        return v;
    }

    /** A contribution was accepted by this process: the next version is read again. */
    void changed() {
        version = null;
    }
}
