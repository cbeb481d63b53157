package fr.resilience360.shared;

/** An error in a command's input that the user can fix; its message (in French) is shown as is, without a stack trace. */
public class CommandException extends UserInputException {
    public CommandException(String message) {
        super(message);
    }

    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
