package fr.resilience360.action.contribution;

import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.action.CatalogueFiles;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Contributions and their moderation: a signed-in user proposes a new action (checked like the bundled fiches) or an
 * experience feedback on an action; a moderator accepts or rejects a pending one, always with a reason. Every change is
 * an event kept for good; an accepted action joins the catalogue, an accepted feedback its action's page.
 */
@Service
class Contributions {

    /** The longest reason of a decision. */
    static final int REASON = 2000;

    private final ContributionRepository repository;
    private final Catalogue catalogue;
    private final AcceptedContributions accepted;

    Contributions(ContributionRepository repository, Catalogue catalogue, AcceptedContributions accepted) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.accepted = accepted;
    }

    /** Stores a proposed action, pending. @throws InvalidFieldsException naming each wrong field */
    Contribution proposeAction(ActionProposal proposal, String author) {
        CatalogueAction action = ProposalCheck.action(proposal, ProposalCheck.Room.of(catalogue));
        long id = repository.insert(ContributionKind.ACTION, author, action.id(), proposal.objectif(), action, null);
        return repository.find(id).orElseThrow();
    }

    /** Stores a feedback on an action, pending. @throws InvalidFieldsException naming each wrong field */
    Contribution proposeFeedback(FeedbackProposal proposal, String author) {
        Contribution.Feedback feedback = ProposalCheck.feedback(proposal, catalogue);
        long id = repository.insert(ContributionKind.FEEDBACK, author, proposal.action(), null, null, feedback);
        return repository.find(id).orElseThrow();
    }

    /**
     * Accepts or rejects a pending contribution.
     *
     * @throws InvalidFieldsException without a reason
     * @throws ConflictException when it is no longer pending, or an accepted action's id is taken meanwhile
     */
    Contribution decide(long id, boolean accept, String reason, String moderator) {
        if (reason == null || reason.isBlank())
            throw new InvalidFieldsException(
                    "Le motif de la décision est obligatoire.",
                    Map.of("motif", "Le motif est obligatoire : il est montré à l'auteur de la contribution."));
        if (reason.strip().length() > REASON)
            throw new InvalidFieldsException(
                    "Motif trop long.", Map.of("motif", "Le motif compte au plus " + REASON + " caractères."));
        Contribution c = find(id);
        if (accept && c.kind() == ContributionKind.ACTION) stillFits(c);
        boolean done = repository.decide(
                id, accept ? ContributionState.ACCEPTED : ContributionState.REJECTED, moderator, reason.strip());
        if (!done)
            throw new ConflictException(
                    "Contribution déjà modérée", "La contribution n° " + id + " a déjà été acceptée ou refusée.");
        if (accept) accepted.changed();
        return find(id);
    }

    /** A contributed action must still fit the catalogue when accepted: its objectif, its id, its codes. */
    private void stillFits(Contribution c) {
        if (catalogue.action(c.actionId()).isPresent())
            throw new ConflictException(
                    "Identifiant déjà pris",
                    "Une action « " + c.actionId() + " » est entrée au catalogue depuis la proposition : refusez-la"
                            + " en invitant l'auteur à la proposer sous un autre titre.");
        try {
            CatalogueFiles.check(c.proposed(), "contribution n° " + c.id(), catalogue.known());
        } catch (IllegalStateException e) {
            throw new ConflictException("Proposition devenue incohérente", e.getMessage());
        }
    }

    Contribution find(long id) {
        return repository
                .find(id)
                .orElseThrow(() -> new NotFoundException(
                        "Contribution inconnue", "Aucune contribution n'a le numéro " + id + "."));
    }

    List<Contribution> mine(String author) {
        return repository.byAuthor(author);
    }

    List<Contribution> pending() {
        return repository.inState(ContributionState.PENDING);
    }
}
