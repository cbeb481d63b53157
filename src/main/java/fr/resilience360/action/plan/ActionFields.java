package fr.resilience360.action.plan;

import java.time.LocalDate;

/**
 * What a plan's editors (or an action's pilot) set on an action; every change of one of them is kept in the history.
 *
 * @param pilotAccountId the pilot's account (a member of the territory), null when none
 * @param pilotName the pilot's name when they have no account (free text, may be empty)
 */
public record ActionFields(
        String title,
        String description,
        PlanStatus status,
        LocalDate startDate,
        LocalDate dueDate,
        Long pilotAccountId,
        String pilotName,
        String eluReferent,
        String partners,
        Justification justification,
        Traits traits) {

    public ActionFields {
        description = description == null ? "" : description;
        pilotName = pilotName == null ? "" : pilotName;
        eluReferent = eluReferent == null ? "" : eluReferent;
        partners = partners == null ? "" : partners;
        justification = justification == null ? Justification.NONE : justification;
        traits = traits == null ? Traits.NONE : traits;
    }
}
