package fr.resilience360.account;

/** A person's account as shown and checked: never the password hash. */
public record Account(long id, String email, boolean platformAdmin, boolean enabled, boolean hasPassword) {}
