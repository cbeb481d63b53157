package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Choice;
import fr.resilience360.survey.Questionnaire.Condition;
import fr.resilience360.survey.Questionnaire.Question;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The builder's question form, read into a question as typed (it may break the rules: the draft keeps it and the
 * checks name what to fix) and written back. Choices are one per line, {@code valeur | libellé}, or the label alone
 * (its value is then made from it: « Très souvent » → {@code tres_souvent}). Fields a type does not take (choices of
 * a text, bounds of a single choice…) are left out. Plain Java.
 */
final class QuestionForm {

    /** The types in the order the form offers them, with their French names. */
    static final Map<String, String> TYPES = types();

    private QuestionForm() {}

    /** The form's values, as the page writes them. */
    record Values(
            String code,
            String type,
            String libelle,
            String aide,
            String choix,
            boolean autre,
            Integer min,
            Integer max,
            boolean obligatoire,
            String besoin,
            String alea,
            List<Condition> conditions) {

        static Values of(Question q) {
            StringBuilder choices = new StringBuilder();
            q.choix()
                    .forEach(c -> choices.append(c.valeur())
                            .append(" | ")
                            .append(c.libelle())
                            .append('\n'));
            return new Values(
                    q.code(),
                    typeName(q.type()),
                    q.libelle(),
                    q.aide(),
                    choices.toString(),
                    q.autre(),
                    q.min(),
                    q.max(),
                    q.obligatoire(),
                    q.besoin(),
                    q.alea(),
                    q.conditions());
        }

        static Values blank() {
            return new Values("", "", "", "", "", false, null, null, false, null, null, List.of());
        }
    }

    static Question read(MultiValueMap<String, String> form) {
        QuestionType type = type(text(form, "type"));
        boolean choices = type != null && type.hasChoices();
        boolean other = type == QuestionType.CHOIX_UNIQUE || type == QuestionType.CHOIX_MULTIPLE;
        boolean bounds = type == QuestionType.NOMBRE || (type != null && type.takesList());
        return new Question(
                text(form, "code"),
                type,
                text(form, "libelle"),
                text(form, "aide"),
                choices ? choices(form.getFirst("choix")) : List.of(),
                other && "on".equals(form.getFirst("autre")),
                bounds ? number(form, "min") : null,
                bounds ? number(form, "max") : null,
                "on".equals(form.getFirst("obligatoire")),
                text(form, "besoin"),
                text(form, "alea"),
                conditions(form));
    }

    /** The type's name in the files and the API ({@code CHOIX_UNIQUE} → {@code choix_unique}); empty for none. */
    static String typeName(QuestionType type) {
        return type == null ? "" : type.name().toLowerCase(Locale.ROOT);
    }

    private static QuestionType type(String name) {
        return name == null || !TYPES.containsKey(name) ? null : QuestionType.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static List<Choice> choices(String text) {
        List<Choice> choices = new ArrayList<>();
        if (text == null) return choices;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) continue;
            int bar = line.indexOf('|');
            String label = (bar < 0 ? line : line.substring(bar + 1)).strip();
            choices.add(
                    new Choice(bar < 0 ? slug(label) : line.substring(0, bar).strip(), label));
        }
        return choices;
    }

    /** A choice's value made from its label: lower case, without accents, words joined by « _ ». */
    static String slug(String label) {
        String plain = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.isEmpty() || !Character.isLetter(slug.charAt(0)) ? "c_" + slug : slug;
    }

    /** « Afficher si » rows, each {@code question=valeur} (an empty row is none). */
    private static List<Condition> conditions(MultiValueMap<String, String> form) {
        List<Condition> conditions = new ArrayList<>();
        for (String row : form.getOrDefault("condition", List.of())) {
            int eq = row.indexOf('=');
            if (eq > 0)
                conditions.add(new Condition(
                        row.substring(0, eq).strip(), row.substring(eq + 1).strip()));
        }
        return conditions;
    }

    private static Integer number(MultiValueMap<String, String> form, String name) {
        String text = text(form, name);
        return text == null || !text.matches("-?\\d{1,9}") ? null : Integer.valueOf(text);
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("echelle", "Échelle de 1 à 5");
        types.put("choix_unique", "Choix unique");
        types.put("choix_multiple", "Choix multiple");
        types.put("nombre", "Nombre (entre deux bornes)");
        types.put("texte_court", "Texte court (200 caractères)");
        types.put("texte_long", "Texte long (5 000 caractères)");
        types.put("classement", "Classement");
        return types;
    }
}
