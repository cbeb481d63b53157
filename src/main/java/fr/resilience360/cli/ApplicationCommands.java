package fr.resilience360.cli;

import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a command that needs the stored data: starts the application without web server (the database, and on a first
 * start the loading of the bundled data, whose progress is logged to stderr), then runs the command's bean. Options
 * such as {@code --resilience360.database.data-directory=…} configure the application, not the command.
 */
final class ApplicationCommands implements CommandLine.Application {

    private final Class<?> application;

    ApplicationCommands(Class<?> application) {
        this.application = application;
    }

    @Override
    public int run(CommandCatalog.Entry command, List<String> args, PrintStream out, PrintStream err) {
        List<String> commandArgs = CommandLine.commandArguments(args);
        String[] options = args.subList(1, args.size()).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN", "logging.level.fr.resilience360=INFO")
                .run(options)) {
            return CommandLine.execute(
                    command.name(), () -> context.getBean(command.type()).run(commandArgs, out, err), err);
        } catch (RuntimeException e) {
            err.println("Erreur au démarrage : " + CommandLine.rootMessage(e));
            return 1;
        }
    }
}
