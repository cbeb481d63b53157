package fr.resilience360.action.plan;

import fr.resilience360.shared.Coded;
import java.util.List;
import org.springframework.util.MultiValueMap;

/**
 * Reads the plan's HTML forms into {@link ActionInput}: a form sends every field, so an empty one clears the stored
 * value and an unticked list is empty. The names are the API's ({@code titre}, {@code statut}, {@code besoins}…).
 */
final class PlanForms {

    private PlanForms() {}

    static ActionInput action(MultiValueMap<String, String> form) {
        return new ActionInput(
                text(form, "titre"),
                text(form, "description"),
                text(form, "statut"),
                text(form, "debut"),
                text(form, "echeance"),
                text(form, "pilote"),
                text(form, "pilote_nom"),
                text(form, "elu_referent"),
                text(form, "partenaires"),
                new ActionInput.JustificationInput(
                        text(form, "justification_type"),
                        text(form, "justification_reference"),
                        text(form, "justification_texte")),
                list(form, "besoins"),
                list(form, "leviers"),
                text(form, "cout"),
                text(form, "difficulte"),
                text(form, "delai"),
                list(form, "cobenefices"));
    }

    static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    static List<String> list(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null
                ? List.of()
                : values.stream().filter(v -> !v.isBlank()).toList();
    }

    /** Whether a list of codes holds this value's code (for ticked boxes). */
    static boolean holds(List<String> codes, Coded value) {
        return codes != null && codes.contains(value.code());
    }
}
