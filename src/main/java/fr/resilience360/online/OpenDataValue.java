package fr.resilience360.online;

/**
 * What the observatory pre-filled for a row when the diagnostic was started; kept, and shown, when a member
 * overrides it.
 *
 * @param indicatorId the observatory's indicator the value comes from (its page: {@code /indicateurs/{id}})
 * @param approximation what differs from the Diag360 definition, null when the figure is the Diag360 one
 */
public record OpenDataValue(
        double value,
        Integer year,
        String source,
        String method,
        Double coverage,
        String approximation,
        String indicatorId) {}
