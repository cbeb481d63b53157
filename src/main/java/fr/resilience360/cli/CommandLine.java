package fr.resilience360.cli;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.UserInputException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Dispatches {@code java -jar resilience360.jar <command> [args]} to the {@link AdminCommand} of that name. {@code help},
 * an unknown command and the commands that need no data answer at once, without Spring nor database; the others start
 * the application without web server ({@link ApplicationCommands}). Exit codes: 0 success, 1 failure, 2 usage error.
 */
public final class CommandLine {

    static final int USAGE_ERROR = 2;

    /** Runs a command that needs the stored data, in the started application. */
    interface Application {
        int run(CommandCatalog.Entry command, List<String> args, PrintStream out, PrintStream err);
    }

    private CommandLine() {}

    /** Spring options ({@code --server.port=…}) start the server; a plain word names a command. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /**
     * The process's entry point for a command. Logging is chosen once per process, before anything logs: none for
     * {@code help} and the commands that run without Spring (their output is all there is to see), Spring Boot's for
     * the commands that start the application.
     */
    public static void exit(Class<?> application, String[] args) {
        CommandCatalog catalog = CommandCatalog.scan(application.getPackageName());
        if (!catalog.startsApplication(args[0])) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            applicationOptions(List.of(args)).forEach(System::setProperty);
        }
        System.exit(run(application, catalog, args));
    }

    /**
     * Runs the command named by {@code args[0]}, among those found in the application's packages. Everything logged
     * (progress of a first start included) goes to stderr, so that stdout carries only the command's result.
     */
    public static int run(Class<?> application, String[] args) {
        return run(application, CommandCatalog.scan(application.getPackageName()), args);
    }

    private static int run(Class<?> application, CommandCatalog catalog, String[] args) {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            return run(catalog, List.of(args), stdout, System.err, new ApplicationCommands(application));
        } catch (RuntimeException e) {
            System.err.println("Erreur au démarrage : " + rootMessage(e));
            return 1;
        } finally {
            stdout.flush();
            System.setOut(stdout);
        }
    }

    static int run(
            CommandCatalog catalog, List<String> args, PrintStream out, PrintStream err, Application application) {
        String name = args.get(0);
        if (name.equals("help")) {
            printHelp(catalog, out);
            return 0;
        }
        Optional<CommandCatalog.Entry> command = catalog.find(name);
        if (command.isEmpty()) {
            err.println("Commande inconnue : « " + name + " ». Commandes disponibles :");
            printHelp(catalog, err);
            return USAGE_ERROR;
        }
        if (!command.get().needsData()) {
            return execute(name, () -> command.get().create().run(commandArguments(args), out, err), err);
        }
        err.println("Chargement des données… « " + name + " » a besoin de la base de données : elle démarre, et au "
                + "premier lancement les données fournies y sont chargées (quelques minutes, progression ci-dessous).");
        return application.run(command.get(), args, out, err);
    }

    /**
     * The command's own arguments: the words after its name, without the Spring options ({@code --name=value}). A
     * command's own options are written without {@code =} ({@code create-user EMAIL --role editeur}) and stay.
     */
    static List<String> commandArguments(List<String> args) {
        return args.subList(1, args.size()).stream()
                .filter(arg -> !(arg.startsWith("--") && arg.contains("=")))
                .toList();
    }

    /**
     * The Spring options ({@code --name=value}) given to a command, as properties: in the process of an immediate
     * command ({@link #exit}), they become system properties, so that one that reads the application's settings
     * without Spring (e.g. {@code backup}) sees them.
     */
    static java.util.Map<String, String> applicationOptions(List<String> args) {
        return args.subList(1, args.size()).stream()
                .filter(arg -> arg.startsWith("--") && arg.contains("="))
                .collect(java.util.stream.Collectors.toMap(
                        arg -> arg.substring(2, arg.indexOf('=')),
                        arg -> arg.substring(arg.indexOf('=') + 1),
                        (first, last) -> last));
    }

    /** Runs a command, turning its errors into a French message and an exit code. */
    static int execute(String name, Callable<Integer> command, PrintStream err) {
        try {
            return command.call();
        } catch (UserInputException e) {
            err.println("Erreur : " + e.getMessage());
            return USAGE_ERROR;
        } catch (Exception e) {
            err.println("Échec de « " + name + " » : " + rootMessage(e));
            return 1;
        }
    }

    static void printHelp(CommandCatalog catalog, PrintStream out) {
        out.println("Usage : java -jar resilience360.jar [commande] [arguments]");
        out.println("Sans commande, démarre le serveur web (http://localhost:8080).");
        out.println();
        out.println("Commandes immédiates (sans base de données) :");
        out.printf("  %-42s %s%n", "help", "Affiche cette aide.");
        catalog.entries().stream().filter(c -> !c.needsData()).forEach(c -> line(c, out));
        out.println();
        out.println(
                "Commandes sur les données (démarrent la base ; le premier lancement charge les données fournies) :");
        catalog.entries().stream().filter(CommandCatalog.Entry::needsData).forEach(c -> line(c, out));
    }

    private static void line(CommandCatalog.Entry command, PrintStream out) {
        out.printf("  %-42s %s%n", command.usage(), command.description());
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
