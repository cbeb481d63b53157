package fr.resilience360.action.plan;

import java.time.OffsetDateTime;

/**
 * An action of a plan as stored.
 *
 * @param parentId the action it is a sub-action of (one level only), null for a top-level action
 * @param catalogueId the catalogue action it was added from ({@code /actions/{id}}), null for a custom action
 * @param version incremented at each change: the ETag a change must send back (409 when stale)
 */
public record PlanAction(
        long id,
        long planId,
        Long parentId,
        String catalogueId,
        ActionFields fields,
        int version,
        String updatedBy,
        OffsetDateTime updatedAt) {

    public boolean custom() {
        return catalogueId == null;
    }

    public boolean subAction() {
        return parentId != null;
    }
}
