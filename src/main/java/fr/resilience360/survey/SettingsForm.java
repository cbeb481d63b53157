package fr.resilience360.survey;

import fr.resilience360.shared.InvalidFieldsException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings form of a survey (page and API share it), read and checked in French, one message per field, each
 * naming its field: an opening day; an optional last day, not before the opening; whether answers may be changed;
 * the day answers are kept until, not before the last day (nor the opening) and not already past unless unchanged;
 * and what happens then. Nothing is stored unless every field is right. Plain Java.
 */
final class SettingsForm {

    static final String OPENING = "ouverture";
    static final String CLOSING = "fermeture";
    static final String ALLOW_EDIT = "modification";
    static final String RETAIN_UNTIL = "conservation";
    static final String RETENTION_ACTION = "action_conservation";

    private static final DateTimeFormatter FRENCH =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private SettingsForm() {}

    /**
     * The settings these fields give; a field left out keeps the current value, except the closing day (empty: no
     * closing) and the checkbox (absent: unchecked) of the page's form, which sends every field.
     */
    static SurveySettings read(Map<String, String> fields, SurveySettings current, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate opening = day(fields, OPENING, current.openingDay(), errors, "Date d'ouverture");
        LocalDate closing = day(fields, CLOSING, current.lastDay(), errors, "Date de fermeture");
        LocalDate retain = day(fields, RETAIN_UNTIL, current.retainUntil(), errors, "Conservation des réponses");
        if (opening == null && !errors.containsKey(OPENING))
            errors.put(OPENING, "Date d'ouverture : saisissez la date d'ouverture (jj/mm/aaaa).");
        if (retain == null && !errors.containsKey(RETAIN_UNTIL))
            errors.put(RETAIN_UNTIL, "Conservation des réponses : saisissez la date jusqu'à laquelle les garder.");
        if (opening != null && closing != null && closing.isBefore(opening))
            errors.put(
                    CLOSING,
                    "Date de fermeture : le " + FRENCH.format(closing) + " précède la date d'ouverture ("
                            + FRENCH.format(opening) + ").");
        LocalDate last = closing != null ? closing : opening;
        if (retain != null && last != null && retain.isBefore(last) && !errors.containsKey(CLOSING))
            errors.put(
                    RETAIN_UNTIL,
                    "Conservation des réponses : le " + FRENCH.format(retain) + " précède la "
                            + (closing != null ? "date de fermeture" : "date d'ouverture") + " (" + FRENCH.format(last)
                            + ") ; les réponses doivent être gardées au moins jusqu'à la fin de l'enquête.");
        else if (retain != null && retain.isBefore(today) && !retain.equals(current.retainUntil()))
            errors.put(RETAIN_UNTIL, "Conservation des réponses : le " + FRENCH.format(retain) + " est déjà passé.");
        String action = fields.getOrDefault(RETENTION_ACTION, current.retentionAction());
        if (!SurveySettings.ANONYMISE.equals(action) && !SurveySettings.DELETE.equals(action))
            errors.put(
                    RETENTION_ACTION,
                    "Après la conservation : choisissez « anonymiser » ou « supprimer » les réponses.");
        if (!errors.isEmpty())
            throw new InvalidFieldsException(
                    errors.size() == 1 ? "Un réglage est à corriger." : errors.size() + " réglages sont à corriger.",
                    errors);
        return new SurveySettings(
                SurveySettings.startOf(opening),
                closing == null ? null : SurveySettings.startOf(closing.plusDays(1)),
                allowEdit(fields, current),
                retain,
                action);
    }

    private static LocalDate day(
            Map<String, String> fields, String name, LocalDate current, Map<String, String> errors, String label) {
        if (!fields.containsKey(name)) return current;
        String text = fields.get(name) == null ? "" : fields.get(name).strip();
        if (text.isEmpty()) return null;
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(name, label + " : « " + text + " » n'est pas une date (jj/mm/aaaa attendu).");
            return null;
        }
    }

    private static boolean allowEdit(Map<String, String> fields, SurveySettings current) {
        if (!fields.containsKey(ALLOW_EDIT)) return current.allowEdit();
        String value = fields.get(ALLOW_EDIT);
        return "true".equals(value) || "on".equals(value) || "oui".equals(value);
    }
}
