package fr.resilience360.online;

import java.time.OffsetDateTime;

/** One change of a row: who, when, the value and comment before and after, and the justification given. */
public record RowChange(
        int sheetRow,
        int revision,
        String changedBy,
        OffsetDateTime changedAt,
        String before,
        String after,
        String beforeComment,
        String afterComment,
        String justification) {}
