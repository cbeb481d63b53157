package fr.resilience360.territory;

import fr.resilience360.shared.UserInputException;

/**
 * No territory has this code ({@link Territories#require}). The API answers a 404 problem, pages their 404 page, and
 * a command can print {@link #getMessage()} as is.
 */
public class UnknownTerritoryException extends UserInputException {

    private final String code;

    public UnknownTerritoryException(String code) {
        super("Aucun territoire n'a le code « " + code + " ».");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
