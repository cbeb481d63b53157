package fr.resilience360.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final AdminCommand echo = new AdminCommand() {
        public String name() {
            return "echo";
        }

        public String arguments() {
            return "TEXTE";
        }

        public String description() {
            return "Répète le texte.";
        }

        public int run(List<String> args, PrintStream o, PrintStream e) {
            if (args.isEmpty()) throw new CommandException("il manque le texte.");
            o.println(String.join(" ", args));
            return 0;
        }
    };

    @Test
    void aWordIsACommandButAnOptionStartsTheServer() {
        assertThat(CommandLine.isCommand(new String[] {"help"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {})).isFalse();
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(dispatch("help")).isZero();
        assertThat(text(out)).contains("help", "echo TEXTE", "Répète le texte.");
    }

    @Test
    void runsTheNamedCommandWithItsArguments() {
        assertThat(dispatch("echo", "bonjour", "Lorient")).isZero();
        assertThat(text(out)).isEqualTo("bonjour Lorient\n");
    }

    @Test
    void anUnknownCommandIsAUsageErrorListingTheCommands() {
        assertThat(dispatch("nimporte")).isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(text(err)).contains("Commande inconnue : « nimporte »", "echo TEXTE");
    }

    @Test
    void aCommandErrorIsPrintedWithoutStackTraceAndExitsNonZero() {
        assertThat(dispatch("echo")).isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(text(err)).isEqualTo("Erreur : il manque le texte.\n");
    }

    private int dispatch(String... args) {
        return CommandLine.dispatch(
                List.of(echo),
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream s) {
        return s.toString(StandardCharsets.UTF_8);
    }
}
