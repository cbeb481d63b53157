package fr.resilience360.account;

import java.time.Instant;

/** A one-time sign-in link, shown once: only the hash of its token is stored. */
public record SignInLink(String url, Instant expiresAt) {}
