package fr.resilience360.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The application as far as the command line knows it: here it only records that it was started. */
    private final List<String> started = new ArrayList<>();

    private final CommandLine.Application application = (command, args, o, e) -> {
        started.add(command.name());
        return 0;
    };

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

        public boolean needsData() {
            return false;
        }

        public int run(List<String> args, PrintStream o, PrintStream e) {
            if (args.isEmpty()) throw new CommandException("il manque le texte.");
            o.println(String.join(" ", args));
            return 0;
        }
    };

    private final AdminCommand count = new AdminCommand() {
        public String name() {
            return "compter";
        }

        public String description() {
            return "Compte les territoires en base.";
        }

        public int run(List<String> args, PrintStream o, PrintStream e) {
            throw new AssertionError("une commande sur les données ne tourne que dans l'application démarrée");
        }
    };

    private final CommandCatalog catalog = new CommandCatalog(
            List.of(CommandCatalog.Entry.of(echo, () -> echo), CommandCatalog.Entry.of(count, () -> count)));

    @Test
    void aWordIsACommandButAnOptionStartsTheServer() {
        assertThat(CommandLine.isCommand(new String[] {"help"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {})).isFalse();
    }

    @Test
    void helpListsEveryCommandWithoutStartingTheApplication() {
        assertThat(run("help")).isZero();

        assertThat(text(out))
                .contains("help", "echo TEXTE", "Répète le texte.", "compter", "Compte les territoires en base.")
                .containsSubsequence(
                        "Commandes immédiates (sans base de données)", "echo", "Commandes sur les données", "compter");
        assertThat(started).isEmpty();
    }

    @Test
    void aCommandThatNeedsNoDataRunsAtOnceWithoutTheApplication() {
        assertThat(run("echo", "bonjour", "Lorient")).isZero();

        assertThat(text(out)).isEqualTo("bonjour Lorient\n");
        assertThat(text(err)).isEmpty();
        assertThat(started).isEmpty();
    }

    @Test
    void aCommandThatNeedsDataSaysSoThenStartsTheApplication() {
        assertThat(run("compter")).isZero();

        assertThat(text(err)).startsWith("Chargement des données… « compter » a besoin de la base de données");
        assertThat(started).containsExactly("compter");
    }

    @Test
    void springOptionsAreNotTheCommandsArguments() {
        assertThat(run("echo", "--resilience360.database.data-directory=/tmp/d", "bonjour"))
                .isZero();

        assertThat(text(out)).isEqualTo("bonjour\n");
    }

    @Test
    void aCommandsOwnOptionsWithoutEqualsSignAreItsArguments() {
        assertThat(CommandLine.commandArguments(List.of(
                        "create-user",
                        "a@exemple.fr",
                        "--role",
                        "editeur",
                        "--server.port=9090",
                        "--territoire",
                        "56")))
                .containsExactly("a@exemple.fr", "--role", "editeur", "--territoire", "56");
    }

    @Test
    void theSpringOptionsOfACommandAreTheApplicationsSettings() {
        assertThat(CommandLine.applicationOptions(List.of(
                        "backup",
                        "sauvegarde.dump",
                        "--resilience360.database.data-directory=/srv/r360/postgres",
                        "--force",
                        "--resilience360.backup.pg-bin=/opt/pg/bin")))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        "resilience360.database.data-directory", "/srv/r360/postgres",
                        "resilience360.backup.pg-bin", "/opt/pg/bin"));
    }

    @Test
    void anUnknownCommandIsAUsageErrorListingTheCommands() {
        assertThat(run("nimporte")).isEqualTo(CommandLine.USAGE_ERROR);

        assertThat(text(err)).contains("Commande inconnue : « nimporte »", "echo TEXTE", "compter");
        assertThat(started).isEmpty();
    }

    @Test
    void aCommandErrorIsPrintedWithoutStackTraceAndExitsNonZero() {
        assertThat(run("echo")).isEqualTo(CommandLine.USAGE_ERROR);

        assertThat(text(err)).isEqualTo("Erreur : il manque le texte.\n");
    }

    private int run(String... args) {
        return CommandLine.run(
                catalog,
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                application);
    }

    private static String text(ByteArrayOutputStream s) {
        return s.toString(StandardCharsets.UTF_8);
    }
}
