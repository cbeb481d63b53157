package fr.resilience360.territory;

import fr.resilience360.shared.UserInputException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Several territories have this official code ({@link Territories#require}); the French message names the candidates'
 * identifiers. The API answers a 400 problem, pages list the candidates.
 */
public class AmbiguousTerritoryException extends UserInputException {

    private final String code;
    private final List<TerritorySummary> candidates;

    public AmbiguousTerritoryException(String code, List<TerritorySummary> candidates) {
        super("Le code « " + code + " » désigne plusieurs territoires : "
                + candidates.stream().map(t -> t.id() + " (" + t.name() + ")").collect(Collectors.joining(", "))
                + ". Utilisez l'identifiant.");
        this.code = code;
        this.candidates = List.copyOf(candidates);
    }

    public String code() {
        return code;
    }

    public List<TerritorySummary> candidates() {
        return candidates;
    }
}
