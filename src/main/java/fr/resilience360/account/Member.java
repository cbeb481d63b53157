package fr.resilience360.account;

/**
 * A member of a territory as its administrators see them.
 *
 * @param readsCommunes whether they read the drafts of the territory's communes (an EPCI's administrators choose)
 */
public record Member(String email, Role role, boolean readsCommunes) {}
