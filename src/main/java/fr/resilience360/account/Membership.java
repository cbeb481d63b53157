package fr.resilience360.account;

/** A person's role on one territory ({@code territoryId}: the territory module's identifier, e.g. {@code 200042174}). */
public record Membership(String territoryId, Role role) {}
