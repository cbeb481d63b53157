package fr.resilience360.action.toolbox;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A step of a territory's parcours: a tool of the toolbox, planned on a date (null: not yet dated), with its status
 * and a note; who changed it last and when.
 *
 * @param rank 1 for the first step of the parcours
 */
public record ParcoursStep(
        long id,
        int rank,
        String toolId,
        LocalDate plannedOn,
        StepStatus status,
        String note,
        String updatedBy,
        Instant updatedAt) {}
