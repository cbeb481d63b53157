package fr.resilience360.shared;

import java.io.PrintStream;
import java.util.List;

/**
 * An administration command run with {@code java -jar resilience360.jar <name> [args]}. Any module contributes
 * commands by declaring a class implementing this interface; the command line finds them without starting the
 * application, lists them in {@code help} and runs them in one of two ways:
 *
 * <ul>
 *   <li>a command that needs the stored data ({@link #needsData()} true, the default) is a Spring bean: the command
 *       line starts the application (PostgreSQL, bundled data loaded on a first start, with progress) and runs the
 *       bean;
 *   <li>a command that needs no stored data ({@code needsData()} false, e.g. {@code score-workbook}) is a plain class
 *       with a public no-argument constructor: the command line creates it and runs it at once, in about a second,
 *       without Spring nor database.
 * </ul>
 *
 * <p>{@link #name()}, {@link #arguments()}, {@link #description()} and {@link #needsData()} return constants: the
 * command line reads them on an instance whose constructor did not run (so that {@code help} creates no database
 * connection), hence they must not use the command's fields.
 */
public interface AdminCommand {

    /** The word typed on the command line, e.g. {@code import-territories}. */
    String name();

    /** Arguments as shown in {@code help}, e.g. {@code FILE.xlsx}; empty when there are none. */
    default String arguments() {
        return "";
    }

    /** One French sentence shown in {@code help}. */
    String description();

    /** Whether the command reads or writes the stored data, so that the application and its database must start. */
    default boolean needsData() {
        return true;
    }

    /**
     * Runs the command. Results go to {@code out} (stdout); progress and messages to {@code err}.
     *
     * @return the process exit code (0 on success)
     * @throws CommandException for an error the user can fix (bad argument, unreadable file): its message is printed
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
