package fr.resilience360.action.plan;

import fr.resilience360.shared.InvalidFieldsException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Reads the six weights of a form or body, by criterion code, each a whole number from 0 to 10 (absent: 0). */
final class WeightsInput {

    private WeightsInput() {}

    static Weights parse(Function<String, String> value) {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        Map<String, String> errors = new LinkedHashMap<>();
        for (Criterion c : Criterion.values()) {
            String text = value.apply(c.code());
            try {
                int w = text == null || text.isBlank() ? 0 : Integer.parseInt(text.strip());
                if (w < 0 || w > Weights.MAX) throw new NumberFormatException();
                weights.put(c, w);
            } catch (NumberFormatException e) {
                errors.put(c.code(), c.label() + " : nombre entier de 0 à " + Weights.MAX + " attendu.");
            }
        }
        if (!errors.isEmpty()) throw new InvalidFieldsException("Pondérations refusées.", errors);
        return new Weights(weights);
    }
}
