package fr.resilience360.online;

import fr.resilience360.diagnostic.CellValue;
import java.time.OffsetDateTime;

/**
 * A row of a diagnostic as stored: its answer, comment and source, where the answer comes from, the open-data value
 * it may override (with the justification), who it is assigned to, and its revision (the optimistic lock: every
 * change increments it).
 */
public record RowEntry(
        int sheetRow,
        String indicatorId,
        CellValue value,
        String comment,
        String source,
        ValueOrigin origin,
        OpenDataValue openData,
        String justification,
        String assignedTo,
        int revision,
        String updatedBy,
        OffsetDateTime updatedAt) {

    /** Whether a member replaced the pre-filled open-data value. */
    public boolean overridesOpenData() {
        return openData != null && origin != ValueOrigin.DONNEES_OUVERTES;
    }
}
