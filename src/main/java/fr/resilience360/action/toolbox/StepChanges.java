package fr.resilience360.action.toolbox;

import fr.resilience360.shared.Coded;
import fr.resilience360.shared.InvalidFieldsException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a form or an API call asks to set on a step, checked: {@code outil} (a tool of the toolbox), {@code date}
 * (aaaa-mm-jj, empty or null: none), {@code statut}, {@code note} (2 000 characters at most), {@code rang} (1 for the
 * first). A field left out is left unchanged ({@code datePresent} tells a date removed from a date not sent). A wrong
 * field is a 400 listing each field with its French message.
 */
record StepChanges(
        String toolId, LocalDate plannedOn, boolean datePresent, StepStatus status, String note, Integer rank) {

    static final Set<String> FIELDS = Set.of("outil", "date", "statut", "note", "rang");
    static final int NOTE_MAX = 2000;

    static StepChanges forTool(String toolId) {
        return new StepChanges(toolId, null, false, null, null, null);
    }

    /** The fields sent (null values allowed), checked against the toolbox. */
    static StepChanges parse(Map<String, ?> fields, Toolbox toolbox, boolean toolRequired) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String name : fields.keySet())
            if (!FIELDS.contains(name))
                errors.put(name, "champ inconnu ; champs possibles : outil, date, statut, note, rang");
        String tool = text(fields, "outil", errors);
        if (tool == null && toolRequired) errors.put("outil", "choisissez un outil de la boîte à outils");
        else if (tool != null && toolbox.find(tool).isEmpty())
            errors.put("outil", "aucun outil n'a l'identifiant « " + tool + " »");
        else if (tool != null && !toolRequired) errors.put("outil", "l'outil d'une étape ne change pas");
        LocalDate date = date(text(fields, "date", errors), errors);
        StepStatus status = status(text(fields, "statut", errors), errors);
        String note = text(fields, "note", errors);
        if (note != null && note.length() > NOTE_MAX)
            errors.put("note", "la note dépasse " + NOTE_MAX + " caractères (" + note.length() + ")");
        Integer rank = rank(fields.get("rang"), errors);
        if (!errors.isEmpty()) throw new InvalidFieldsException("Étape du parcours invalide", errors);
        return new StepChanges(tool, date, fields.containsKey("date"), status, note, rank);
    }

    private static String text(Map<String, ?> fields, String name, Map<String, String> errors) {
        Object value = fields.get(name);
        if (value == null) return null;
        if (!(value instanceof String s)) {
            errors.put(name, "une chaîne de caractères est attendue");
            return null;
        }
        return s.strip().isEmpty() && !name.equals("note") ? null : s.strip();
    }

    private static LocalDate date(String text, Map<String, String> errors) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put("date", "date attendue au format aaaa-mm-jj (ex. 2027-03-15), reçu « " + text + " »");
            return null;
        }
    }

    private static StepStatus status(String code, Map<String, String> errors) {
        if (code == null) return null;
        return Coded.find(StepStatus.class, code).orElseGet(() -> {
            errors.put(
                    "statut",
                    "statut inconnu « " + code + " » ; valeurs possibles : "
                            + Arrays.stream(StepStatus.values())
                                    .map(Coded::code)
                                    .collect(Collectors.joining(", ")));
            return null;
        });
    }

    private static Integer rank(Object value, Map<String, String> errors) {
        if (value == null) return null;
        try {
            int rank = value instanceof Number n
                    ? n.intValue()
                    : Integer.parseInt(value.toString().strip());
            if (rank >= 1) return rank;
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put("rang", "un entier à partir de 1 est attendu");
        return null;
    }
}
