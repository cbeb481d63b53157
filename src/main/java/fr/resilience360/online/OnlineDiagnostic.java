package fr.resilience360.online;

import java.time.OffsetDateTime;

/**
 * One diagnostic of a territory: a draft, or a published version of a draft ({@code draftId}, {@code version}).
 *
 * @param origin how it was started: {@code donnees_ouvertes} (pre-filled) or {@code classeur} (imported workbook)
 * @param weightingProfile the code of its {@link WeightingProfiles weighting profile}
 * @param revision how many changes its rows have had (a database trigger counts them): what was computed from its
 *     rows at one revision stays true until the next
 */
public record OnlineDiagnostic(
        long id,
        String territoryId,
        String referentialId,
        String weightingProfile,
        DiagnosticStatus status,
        Long draftId,
        Integer version,
        String origin,
        String createdBy,
        OffsetDateTime createdAt,
        long revision) {

    public boolean isPublished() {
        return status == DiagnosticStatus.PUBLIE;
    }

    /** Its page, relative to the site. */
    public String path() {
        return "/diagnostics/" + id;
    }
}
