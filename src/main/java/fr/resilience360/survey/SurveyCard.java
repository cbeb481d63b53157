package fr.resilience360.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * A survey on its territory's page: what it is, whether it takes answers, its public link, and its settings form
 * (the values stored, or those just sent with their errors).
 *
 * @param state {@code ouverte}, {@code fermée} or {@code à venir}
 */
record SurveyCard(
        long id,
        String title,
        String template,
        String version,
        String link,
        String state,
        String opening,
        String closing,
        long answers,
        boolean allowEdit,
        String retainUntil,
        String retentionAction,
        String retainedOn,
        Form form) {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** The settings form's values ({@code yyyy-MM-dd} dates, as {@code input type=date} takes) and errors by field. */
    record Form(
            String opening,
            String closing,
            boolean allowEdit,
            String retainUntil,
            String retentionAction,
            Map<String, String> errors) {

        static Form of(SurveySettings s) {
            return new Form(
                    s.openingDay().toString(),
                    s.lastDay() == null ? "" : s.lastDay().toString(),
                    s.allowEdit(),
                    s.retainUntil().toString(),
                    s.retentionAction(),
                    Map.of());
        }

        static Form sent(Map<String, String> fields, Map<String, String> errors) {
            return new Form(
                    fields.getOrDefault(SettingsForm.OPENING, ""),
                    fields.getOrDefault(SettingsForm.CLOSING, ""),
                    "true".equals(fields.get(SettingsForm.ALLOW_EDIT)),
                    fields.getOrDefault(SettingsForm.RETAIN_UNTIL, ""),
                    fields.getOrDefault(SettingsForm.RETENTION_ACTION, ""),
                    errors);
        }

        /** The ids an input's {@code aria-describedby} names: its hint, if any, and its error, if any. */
        public String describedBy(long survey, String field, boolean hint) {
            String ids = (hint ? field + "-aide-" + survey + " " : "")
                    + (errors.containsKey(field) ? field + "-erreur-" + survey : "");
            return ids.isBlank() ? null : ids.strip();
        }
    }

    static SurveyCard of(SurveySettingsRepository.Listed s, String link, Instant now, Form form) {
        SurveySettings settings = s.settings();
        return new SurveyCard(
                s.id(),
                s.title(),
                s.template(),
                s.version(),
                link,
                state(s.status(), settings, now),
                FRENCH.format(settings.openingDay()),
                settings.lastDay() == null ? "pas de fermeture prévue" : FRENCH.format(settings.lastDay()) + " au soir",
                s.answers(),
                settings.allowEdit(),
                FRENCH.format(settings.retainUntil()),
                SurveySettings.DELETE.equals(settings.retentionAction()) ? "supprimées" : "anonymisées",
                s.retainedAt() == null
                        ? null
                        : FRENCH.format(LocalDate.ofInstant(s.retainedAt(), SurveySettings.PARIS)),
                form);
    }

    private static String state(String status, SurveySettings s, Instant now) {
        if ("fermee".equals(status) || (s.closesAt() != null && !now.isBefore(s.closesAt()))) return "fermée";
        if (now.isBefore(s.opensAt())) return "à venir";
        return "ouverte";
    }
}
