package fr.resilience360.account;

/** A member of a territory as its administrators see them. */
public record Member(String email, Role role) {}
