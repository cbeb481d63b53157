package fr.resilience360.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 14: logs as JSON lines when {@code LOG_FORMAT=json}, readable text otherwise. */
class JsonLogsTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "absent",
            value = {"json, ecs", "JSON, ecs", "' json ', ecs", "text, absent", "'', absent", "absent, absent"})
    void asksForEcsStructuredLogsOnlyWhenTheVariableSaysJson(String variable, String format) {
        StandardEnvironment environment = environment(variable == null ? Map.of() : Map.of("LOG_FORMAT", variable));

        new JsonLogs().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo(format);
    }

    @Test
    void aFormatSetExplicitlyWins() {
        StandardEnvironment environment =
                environment(Map.of("LOG_FORMAT", "json", "logging.structured.format.console", "logstash"));

        new JsonLogs().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
    }

    @Test
    void aRunWithLogFormatJsonWritesOnlyJsonLinesOnTheConsole() throws Exception {
        List<String> lines = run(Map.of("LOG_FORMAT", "json"));

        assertThat(lines).isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> entries = lines.stream().map(json::readTree).toList();
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry.has("@timestamp")).isTrue());
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("message").asString()).isEqualTo("journal d'essai");
            assertThat(entry.get("log").get("level").asString()).isEqualTo("WARN");
        });
    }

    /** The non-blank lines a small Spring application writes on its console, in another JVM with this environment. */
    private static List<String> run(Map<String, String> variables) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SmallRun.class.getName())
                .redirectErrorStream(true);
        builder.environment().remove("LOG_FORMAT");
        builder.environment().putAll(variables);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("essai", properties));
        return environment;
    }

    /** A Spring application with no bean of the product: starts its logging, writes one line, stops. */
    public static class SmallRun {
        public static void main(String[] args) {
            SpringApplication application = new SpringApplication(SmallRun.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            try (var context = application.run(args)) {
                LoggerFactory.getLogger(SmallRun.class).warn("journal d'essai");
            }
        }
    }
}
