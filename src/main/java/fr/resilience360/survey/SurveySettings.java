package fr.resilience360.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a territory's team sets on a survey: when it opens and closes (a survey past {@code closesAt} takes no answer,
 * nor one whose status is {@code fermee}), whether respondents may change their answer until then, and how long its
 * answers are kept and what happens to them afterwards ({@link #ANONYMISE} or {@link #DELETE}).
 *
 * @param closesAt the first instant it takes no answer (midnight after its last day, Paris time); null: no closing
 */
record SurveySettings(
        Instant opensAt, Instant closesAt, boolean allowEdit, LocalDate retainUntil, String retentionAction) {

    static final String ANONYMISE = "anonymiser";
    static final String DELETE = "supprimer";

    /** Dates are chosen and shown as days of France's metropolitan time. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    LocalDate openingDay() {
        return LocalDate.ofInstant(opensAt, PARIS);
    }

    /** The last day it takes answers, or null without closing. */
    LocalDate lastDay() {
        return closesAt == null ? null : LocalDate.ofInstant(closesAt.minusNanos(1), PARIS);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PARIS).toInstant();
    }
}
