package fr.resilience360.opendata;

import fr.resilience360.observatory.ActorType;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.shared.BadParameterException;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.TerritoryType;
import java.util.List;
import java.util.Optional;

/**
 * Reads the open-data API's parameters: a bad one is a {@link BadParameterException} naming it, which the web shell
 * answers with a French RFC 9457 problem; an unknown indicator or a period without values a {@link NotFoundException}.
 */
final class ApiParameters {

    private ApiParameters() {}

    /** The values of a known indicator at one level and period, as the parameters ask for them. */
    record Slice(TerritoryType level, ObservationPeriod period) {}

    static Slice slice(Observatory observatory, String indicatorId, String niveau, String annee) {
        indicator(observatory, indicatorId);
        return new Slice(level(niveau), period(observatory, indicatorId, annee));
    }

    static TerritoryType level(String niveau) {
        return TerritoryType.fromCode(niveau)
                .orElseThrow(() -> new BadParameterException(
                        "niveau",
                        "Niveau « " + niveau + " » inconnu : attendu commune, epci, departement, region ou pays."));
    }

    /** The actor type asked for ({@code acteur}: territoires, entreprises or societe), or empty for all. */
    static Optional<ActorType> actor(String acteur) {
        if (acteur == null || acteur.isBlank()) return Optional.empty();
        ActorType actor = ActorType.fromCodeOrNull(acteur.trim());
        if (actor == null)
            throw new BadParameterException(
                    "acteur",
                    "Type d'acteur « " + acteur + " » inconnu : attendu territoires, entreprises ou societe.");
        return Optional.of(actor);
    }

    static int integer(String name, String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadParameterException(
                name,
                "Le paramètre « " + name + " » doit être un entier de " + min + " à " + max + " (reçu : « " + text
                        + " »).");
    }

    static Indicator indicator(Observatory observatory, String id) {
        return observatory
                .indicator(id)
                .orElseThrow(() -> new NotFoundException(
                        "Indicateur inconnu", "Aucun indicateur « " + id + " » ; voir /api/v1/indicateurs."));
    }

    static ObservationPeriod parsePeriod(String annee) {
        try {
            return ObservationPeriod.parse(annee);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(
                    "annee",
                    "Période « " + annee + " » invalide : attendu une année (2022), un mois (2022-03) ou une"
                            + " décennie (2050s).");
        }
    }

    /** The period asked for, which must have values; the latest one when none is asked for. */
    static ObservationPeriod period(Observatory observatory, String indicatorId, String annee) {
        List<ObservationPeriod> periods = observatory.periods(indicatorId);
        if (annee == null || annee.isBlank())
            return periods.isEmpty() ? ObservationPeriod.ofYear(2000) : periods.get(periods.size() - 1);
        ObservationPeriod parsed = parsePeriod(annee);
        if (!periods.contains(parsed))
            throw new NotFoundException(
                    "Période sans valeur",
                    "L'indicateur « " + indicatorId + " » n'a pas de valeur pour " + annee
                            + " ; périodes disponibles : "
                            + String.join(
                                    ", ",
                                    periods.stream()
                                            .map(ObservationPeriod::toString)
                                            .toList()) + ".");
        return parsed;
    }
}
