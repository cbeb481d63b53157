package fr.resilience360.action.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The fields that differ between two versions of an action, named as the API names them, with values as typed. */
final class FieldChanges {

    private FieldChanges() {}

    /** One changed field; {@code before} null when the action is new. */
    record Changed(String field, String before, String after) {}

    static List<Changed> between(ActionInput before, ActionInput after) {
        Map<String, String> a = before == null ? Map.of() : flat(before);
        List<Changed> out = new ArrayList<>();
        flat(after).forEach((field, value) -> {
            String old = a.get(field);
            if (!Objects.equals(emptyToNull(old), emptyToNull(value)))
                out.add(new Changed(field, emptyToNull(old), emptyToNull(value)));
        });
        return out;
    }

    static Map<String, String> flat(ActionInput in) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("titre", in.titre());
        m.put("description", in.description());
        m.put("statut", in.statut());
        m.put("debut", in.debut());
        m.put("echeance", in.echeance());
        m.put("pilote", in.pilote());
        m.put("pilote_nom", in.piloteNom());
        m.put("elu_referent", in.eluReferent());
        m.put("partenaires", in.partenaires());
        m.put("justification.type", in.justification().type());
        m.put("justification.reference", in.justification().reference());
        m.put("justification.texte", in.justification().texte());
        m.put("besoins", String.join(", ", in.besoins()));
        m.put("leviers", String.join(", ", in.leviers()));
        m.put("cout", in.cout());
        m.put("difficulte", in.difficulte());
        m.put("delai", in.delai());
        m.put("cobenefices", String.join(", ", in.cobenefices()));
        return m;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
