package fr.resilience360.shared;

import java.io.PrintStream;
import java.util.List;

/**
 * An administration command run with {@code java -jar resilience360.jar <name> [args]}.
 * Any module contributes commands by declaring a bean of this type; the command line lists them in {@code help}.
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

    /**
     * Runs the command. Results go to {@code out} (stdout); progress and messages to {@code err}.
     *
     * @return the process exit code (0 on success)
     * @throws CommandException for an error the user can fix (bad argument, unreadable file): its message is printed
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
