package fr.resilience360;

import fr.resilience360.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the web server, or, when the first argument is a command name, runs that administration command and
 * exits with its status ({@code java -jar resilience360.jar help}); commands that need no data run without Spring.
 * Scheduled tasks (the surveys' retention job) run while the application runs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Resilience360Application {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            CommandLine.exit(Resilience360Application.class, args);
        } else {
            SpringApplication.run(Resilience360Application.class, args);
        }
    }
}
