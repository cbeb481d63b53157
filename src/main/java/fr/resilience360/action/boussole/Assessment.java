package fr.resilience360.action.boussole;

import java.time.OffsetDateTime;

/**
 * A project, policy or planned action assessed on the Boussole's 18 levers for a territory, with who assessed it and
 * who changed it last.
 */
public record Assessment(
        long id,
        String territoryId,
        Subject subject,
        Grid grid,
        String createdBy,
        OffsetDateTime createdAt,
        String updatedBy,
        OffsetDateTime updatedAt) {

    /**
     * What is assessed.
     *
     * @param description null when none is given
     */
    public record Subject(String title, SubjectKind kind, String description) {}

    /** Whether this account created the assessment (a contributeur edits only their own). */
    public boolean createdBy(String email) {
        return email != null && email.equalsIgnoreCase(createdBy);
    }
}
