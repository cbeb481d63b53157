package fr.resilience360.action.recommendation;

import fr.resilience360.shared.BadParameterException;
import java.util.Collection;

/**
 * What a reader asks of a territory's recommendations: the actions improving one need ({@code besoin}, a Diag360
 * need id), at most {@code limite} of them. A value that cannot be used is a French 400 naming the parameter.
 *
 * @param need null for every need
 */
record RecommendationQuery(String need, int limit) {

    static final int MAX_LIMIT = 1000;

    static RecommendationQuery parse(String besoin, String limite, Collection<String> needIds) {
        String need = besoin == null || besoin.isBlank() ? null : besoin.strip();
        if (need != null && !needIds.contains(need))
            throw new BadParameterException(
                    "besoin",
                    "Le paramètre « besoin » doit être l'identifiant d'un besoin Diag360 (" + String.join(", ", needIds)
                            + ") : « " + need + " » n'en est pas un.");
        return new RecommendationQuery(need, limit(limite));
    }

    private static int limit(String limite) {
        if (limite == null || limite.isBlank()) return MAX_LIMIT;
        try {
            int n = Integer.parseInt(limite.strip());
            if (n >= 1 && n <= MAX_LIMIT) return n;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameterException(
                "limite", "Le paramètre « limite » doit être un nombre entier de 1 à " + MAX_LIMIT + ".");
    }
}
