package fr.resilience360.diagnostic.workbook;

import fr.resilience360.shared.CommandException;

/** A file that is not a readable workbook of the expected layout; the French message names what is missing. */
public class WorkbookLayoutException extends CommandException {
    public WorkbookLayoutException(String message) {
        super(message);
    }

    public WorkbookLayoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
