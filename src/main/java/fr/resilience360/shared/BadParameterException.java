package fr.resilience360.shared;

/**
 * A request parameter with a value the application cannot use (out of range, unknown word…). Thrown by any module's
 * controller; the web shell answers {@code /api/v1} requests with a 400 RFC 9457 problem whose detail is this French
 * message and whose property {@code parametre} names the parameter.
 */
public class BadParameterException extends UserInputException {

    private final String parameter;

    /**
     * @param parameter the parameter's name as the client sent it, e.g. {@code limit}
     * @param message one French sentence saying what is expected, e.g. « Le paramètre « limit » doit être… »
     */
    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
