package fr.resilience360.shared;

/**
 * An input the user can fix — a command's argument, a request parameter, a territory code — with one French message
 * shown as is, without a stack trace: a command exits with status 2, the API answers a 4xx RFC 9457 problem.
 */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
