package fr.resilience360.account;

/** A token just issued: the only moment its text is known, since only its hash is stored. */
public record IssuedApiToken(ApiToken token, String secret) {}
