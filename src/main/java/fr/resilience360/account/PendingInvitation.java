package fr.resilience360.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** An invitation not yet accepted, as the territory's administrators see it; {@code invitedBy} may be unknown. */
public record PendingInvitation(String email, Role role, Instant expiresAt, String invitedBy) {

    private static final DateTimeFormatter PARIS =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(ZoneId.of("Europe/Paris"));

    /** The expiry as French readers expect it, in Paris time. */
    public String expiresAtInParis() {
        return PARIS.format(expiresAt);
    }
}
