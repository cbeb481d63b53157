package fr.resilience360.action.plan;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.CoBenefit;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Delay;
import fr.resilience360.action.Difficulty;
import fr.resilience360.shared.Coded;
import fr.resilience360.shared.InvalidFieldsException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks an {@link ActionInput}: a title of 1 to 200 characters, a known status (default « à venir »), ISO dates with
 * the due date not before the start, a pilot who is a member of the territory, known needs, levers, cost, difficulty,
 * delay, co-benefits and justification type. Every bad field is named in one French sentence
 * ({@link InvalidFieldsException}, 400 in the API).
 */
final class ActionInputRule {

    private final Map<String, String> errors = new LinkedHashMap<>();

    private ActionInputRule() {}

    /**
     * @param needs the Diag360 need ids
     * @param pilotId the account id of a member of the territory by e-mail; empty when not a member
     */
    static ActionFields parse(ActionInput in, Set<String> needs, Function<String, Optional<Long>> pilotId) {
        ActionInputRule rule = new ActionInputRule();
        ActionFields fields = rule.fields(in, needs, pilotId);
        if (!rule.errors.isEmpty())
            throw new InvalidFieldsException(
                    "L'action n'est pas enregistrée : corrigez les champs signalés.", rule.errors);
        return fields;
    }

    private ActionFields fields(ActionInput in, Set<String> needs, Function<String, Optional<Long>> pilotId) {
        String title = blank(in.titre()) ? "" : in.titre().strip();
        if (title.isEmpty() || title.length() > 200) errors.put("titre", "Donnez un titre de 1 à 200 caractères.");
        PlanStatus status = blank(in.statut()) ? PlanStatus.A_VENIR : coded(PlanStatus.class, in.statut(), "statut");
        LocalDate start = date(in.debut(), "debut");
        LocalDate due = date(in.echeance(), "echeance");
        if (start != null && due != null && due.isBefore(start))
            errors.put("echeance", "L'échéance ne peut pas précéder la date de début.");
        Long pilot = null;
        if (!blank(in.pilote())) {
            pilot = pilotId.apply(in.pilote().strip()).orElse(null);
            if (pilot == null)
                errors.put(
                        "pilote",
                        "Le pilote doit être un membre du territoire (son adresse e-mail) ; sinon, "
                                + "écrivez son nom dans « pilote_nom ».");
        }
        List<String> needIds =
                list(in.besoins()).stream().map(String::strip).distinct().toList();
        for (String need : needIds)
            if (!needs.contains(need)) errors.put("besoins", "Besoin inconnu : « " + need + " » (bv1 à be3).");
        Traits traits = new Traits(
                needIds,
                codes(BoussoleLever.class, in.leviers(), "leviers"),
                optional(CostRange.class, in.cout(), "cout"),
                optional(Difficulty.class, in.difficulte(), "difficulte"),
                optional(Delay.class, in.delai(), "delai"),
                codes(CoBenefit.class, in.cobenefices(), "cobenefices"));
        return new ActionFields(
                title,
                text(in.description()),
                status,
                start,
                due,
                pilot,
                text(in.piloteNom()),
                text(in.eluReferent()),
                text(in.partenaires()),
                justification(in.justification()),
                traits);
    }

    private Justification justification(ActionInput.JustificationInput in) {
        if (in == null) return Justification.NONE;
        JustificationKind kind = optional(JustificationKind.class, in.type(), "justification.type");
        return new Justification(kind, in.reference(), in.texte());
    }

    private LocalDate date(String value, String field) {
        if (blank(value)) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Date attendue au format AAAA-MM-JJ, par exemple 2026-03-31 : « " + value + " ».");
            return null;
        }
    }

    private <E extends Enum<E> & Coded> E optional(Class<E> type, String code, String field) {
        return blank(code) ? null : coded(type, code, field);
    }

    private <E extends Enum<E> & Coded> E coded(Class<E> type, String code, String field) {
        Optional<E> found = Coded.find(type, code.strip());
        if (found.isEmpty()) errors.put(field, "Valeur inconnue « " + code + " » ; attendu : " + codes(type) + ".");
        return found.orElse(null);
    }

    private <E extends Enum<E> & Coded> List<E> codes(Class<E> type, List<String> given, String field) {
        List<E> out = new ArrayList<>();
        for (String code : list(given)) {
            if (blank(code)) continue;
            E value = coded(type, code, field);
            if (value != null && !out.contains(value)) out.add(value);
        }
        return out;
    }

    private static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return String.join(
                ", ",
                java.util.Arrays.stream(type.getEnumConstants())
                        .map(Coded::code)
                        .toList());
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
