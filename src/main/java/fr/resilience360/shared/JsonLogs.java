package fr.resilience360.shared;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Logs as JSON lines when the environment variable {@code LOG_FORMAT} is {@code json} (any case): Spring Boot's
 * structured logging on the console in the Elastic Common Schema ({@code logging.structured.format.console=ecs}),
 * one object a line, which log collectors read without a parsing rule; the banner is left out so that every line of
 * the output is JSON. Any other value, or none, keeps the readable text. A {@code logging.structured.format.console}
 * set explicitly (file, option, variable) wins: these defaults come last. Runs before the logging system starts
 * (registered in {@code META-INF/spring.factories}), for the server and for the commands that start Spring alike.
 */
public class JsonLogs implements EnvironmentPostProcessor {

    static final String VARIABLE = "LOG_FORMAT";
    static final String FORMAT_PROPERTY = "logging.structured.format.console";
    static final String FORMAT = "ecs";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!asksForJson(environment.getProperty(VARIABLE))) return;
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "LOG_FORMAT=json", Map.of(FORMAT_PROPERTY, FORMAT, "spring.main.banner-mode", "off")));
    }

    static boolean asksForJson(String value) {
        return value != null && value.strip().toLowerCase(Locale.ROOT).equals("json");
    }
}
