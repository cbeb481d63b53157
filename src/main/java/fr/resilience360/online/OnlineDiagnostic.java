package fr.resilience360.online;

import java.time.OffsetDateTime;

/**
 * One diagnostic of a territory: a draft, or a published version of a draft ({@code draftId}, {@code version}).
 *
 * @param origin how it was started: {@code donnees_ouvertes} (pre-filled) or {@code classeur} (imported workbook)
 * @param weightingProfile the code of its {@link WeightingProfiles weighting profile}
 * @param revision how many changes its rows have had (a database trigger counts them): what was computed from its
 *     rows at one revision stays true until the next
 * @param group the custom group of communes it is about, or null when it is about its territory
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
        long revision,
        CommuneGroup group) {

    public boolean isPublished() {
        return status == DiagnosticStatus.PUBLIE;
    }

    /** What it is about: its group's title (« Groupe « … » (12 communes) »), or this territory name. */
    public String subject(String territoryName) {
        return group == null ? territoryName : group.title();
    }

    /** Whether both are about the same thing: the same territory, and the same communes for groups. */
    public boolean sameSubject(OnlineDiagnostic other) {
        return territoryId.equals(other.territoryId)
                && java.util.Objects.equals(
                        group == null ? null : group.codes(), other.group == null ? null : other.group.codes());
    }

    /** Its page, relative to the site. */
    public String path() {
        return "/diagnostics/" + id;
    }
}
