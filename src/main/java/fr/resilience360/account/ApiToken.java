package fr.resilience360.account;

import java.time.Instant;

/** A personal API token as its owner sees it: never the token itself, which is shown once, when it is issued. */
public record ApiToken(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
