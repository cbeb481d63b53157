package fr.resilience360.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A submitted form or document with one or more fields the user can fix: the API answers a 400 RFC 9457 problem
 * listing each field with its French message (property {@code erreurs}: {@code [{"champ", "message"}]}), in the order
 * given.
 */
public class InvalidFieldsException extends UserInputException {

    private final Map<String, String> fields;

    /** @param fields each bad field's name (as the client sent it) and one French sentence saying what is expected */
    public InvalidFieldsException(String message, Map<String, String> fields) {
        super(message);
        this.fields = new LinkedHashMap<>(fields);
    }

    public Map<String, String> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }
}
