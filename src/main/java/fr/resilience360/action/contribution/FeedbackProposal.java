package fr.resilience360.action.contribution;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An experience feedback as a user proposes it.
 *
 * @param action the id of the catalogue action it is about
 * @param territoire the territory it speaks of, in words (optional)
 * @param signature how the author wants to be named (« Anonyme » is fine)
 */
@Schema(name = "PropositionRetour")
record FeedbackProposal(String action, String territoire, String texte, String signature) {}
