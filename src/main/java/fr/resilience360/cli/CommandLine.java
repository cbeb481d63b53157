package fr.resilience360.cli;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dispatches {@code java -jar resilience360.jar <command> [args]} to the {@link AdminCommand} of that name,
 * in an application context without web server. Exit codes: 0 success, 1 failure, 2 usage error.
 */
public final class CommandLine {

    static final int USAGE_ERROR = 2;

    private CommandLine() {}

    /** Spring options ({@code --server.port=…}) start the server; a plain word names a command. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /**
     * Runs the command named by {@code args[0]}. Everything the application logs (progress of a first start
     * included) goes to stderr, so that stdout carries only the command's result, e.g. one JSON document.
     */
    public static int run(Class<?> application, String[] args) {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "logging.level.fr.resilience360=INFO")
                .run(Arrays.copyOfRange(args, 1, args.length, String[].class))) {
            List<AdminCommand> commands =
                    List.copyOf(context.getBeansOfType(AdminCommand.class).values());
            return dispatch(commands, List.of(args), stdout, System.err);
        } catch (RuntimeException e) {
            System.err.println("Erreur au démarrage : " + rootMessage(e));
            return 1;
        } finally {
            stdout.flush();
            System.setOut(stdout);
        }
    }

    static int dispatch(List<AdminCommand> commands, List<String> args, PrintStream out, PrintStream err) {
        Map<String, AdminCommand> byName =
                commands.stream().collect(Collectors.toMap(AdminCommand::name, Function.identity()));
        String name = args.get(0);
        if (name.equals("help")) {
            printHelp(commands, out);
            return 0;
        }
        AdminCommand command = byName.get(name);
        if (command == null) {
            err.println("Commande inconnue : « " + name + " ». Commandes disponibles :");
            printHelp(commands, err);
            return USAGE_ERROR;
        }
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (CommandException e) {
            err.println("Erreur : " + e.getMessage());
            return USAGE_ERROR;
        } catch (Exception e) {
            err.println("Échec de « " + name + " » : " + rootMessage(e));
            return 1;
        }
    }

    static void printHelp(List<AdminCommand> commands, PrintStream out) {
        out.println("Usage : java -jar resilience360.jar [commande] [arguments]");
        out.println("Sans commande, démarre le serveur web (http://localhost:8080).");
        out.println();
        out.println("Commandes :");
        out.printf("  %-40s %s%n", "help", "Affiche cette aide.");
        commands.stream()
                .sorted(Comparator.comparing(AdminCommand::name))
                .forEach(c -> out.printf("  %-40s %s%n", (c.name() + " " + c.arguments()).trim(), c.description()));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
