package fr.resilience360.account;

/** An invitation to join a territory with a role, sent to an address. */
public record Invitation(String email, String territoryId, Role role) {}
