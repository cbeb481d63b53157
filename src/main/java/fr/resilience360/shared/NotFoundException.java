package fr.resilience360.shared;

/**
 * What a request names does not exist (an indicator, a period without values…): the API answers a 404 RFC 9457 problem
 * with this French title and message.
 */
public class NotFoundException extends UserInputException {

    private final String title;

    /**
     * @param title a short French title, e.g. « Indicateur inconnu »
     * @param message one French sentence saying what was not found and where to look
     */
    public NotFoundException(String title, String message) {
        super(message);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
