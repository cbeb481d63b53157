package fr.resilience360.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 14, item 4: the deployment files, which cannot run here (no Docker), say what {@code docs/deploy.md} says —
 * PostgreSQL 17 with a volume and a health check, two instances of the application on it, a proxy balancing both on
 * their readiness probe; an image built in stages from the jar's layers, run by a user without privileges, healthy when
 * ready. {@code ImageLayersIT} runs the image's extraction and entry point on the packaged jar.
 */
@SuppressWarnings("unchecked")
class DeploymentFilesTest {

    private static final Path COMPOSE = Path.of("deploy/compose.yaml");
    private static final Path CADDYFILE = Path.of("deploy/Caddyfile");
    private static final Path DOCKERFILE = Path.of("Dockerfile");

    @Test
    void composeRunsPostgresql17WithAVolumeAndAHealthCheck() throws IOException {
        Map<String, Object> postgres = service("postgres");

        assertThat(postgres.get("image")).isEqualTo("postgres:17");
        assertThat((List<Object>) postgres.get("volumes")).contains("postgres-data:/var/lib/postgresql/data");
        assertThat(map(postgres, "healthcheck").get("test").toString()).contains("pg_isready");
        assertThat(map(compose(), "volumes")).containsKey("postgres-data");
    }

    @Test
    void composeRunsTwoInstancesOfTheImageOnThatDatabaseOnceItIsHealthy() throws IOException {
        for (String name : List.of("app-a", "app-b")) {
            Map<String, Object> app = service(name);
            Map<String, Object> environment = map(app, "environment");
            assertThat(environment.get("SPRING_DATASOURCE_URL"))
                    .as(name)
                    .isEqualTo("jdbc:postgresql://postgres:5432/resilience360");
            assertThat(environment).containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
            assertThat(environment.get("SERVER_FORWARDHEADERSSTRATEGY")).isEqualTo("native");
            assertThat(map(map(app, "depends_on"), "postgres")).containsEntry("condition", "service_healthy");
            assertThat(map(app, "build")).containsEntry("dockerfile", "Dockerfile");
        }
        assertThat(map(compose(), "services").keySet().stream().filter(s -> s.startsWith("app-")))
                .hasSize(2);
    }

    @Test
    void theProxyBalancesBothInstancesOnTheirReadinessProbe() throws IOException {
        Map<String, Object> proxy = service("proxy");
        String caddyfile = Files.readString(CADDYFILE);

        assertThat(proxy.get("image").toString()).startsWith("caddy:");
        assertThat((List<Object>) proxy.get("volumes")).contains("./Caddyfile:/etc/caddy/Caddyfile:ro");
        assertThat((List<Object>) proxy.get("depends_on")).containsExactly("app-a", "app-b");
        assertThat(caddyfile).containsPattern("reverse_proxy\\s+app-a:8080\\s+app-b:8080");
        assertThat(caddyfile).contains("health_uri /actuator/health/readiness");
    }

    @Test
    void theImageIsBuiltInStagesFromTheJarsLayersAndRunsAsAUserWithoutPrivileges() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        List<String> stages = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        String dockerfile = String.join("\n", lines);

        assertThat(stages)
                .containsExactly(
                        "FROM maven:3.9-eclipse-temurin-17 AS build",
                        "FROM eclipse-temurin:17-jre AS layers",
                        "FROM eclipse-temurin:17-jre AS runtime");
        assertThat(dockerfile).contains("java -Djarmode=tools -jar application.jar extract --layers --launcher");
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application"))
            assertThat(dockerfile).contains("/layers/extracted/" + layer + "/ ./");
        String runtime = dockerfile.substring(dockerfile.indexOf("AS runtime"));
        assertThat(runtime).containsPattern(Pattern.compile("^USER resilience360$", Pattern.MULTILINE));
        assertThat(runtime.indexOf("USER resilience360")).isLessThan(runtime.indexOf("ENTRYPOINT"));
        assertThat(runtime).contains("curl -fsS http://localhost:8080/actuator/health/readiness");
        assertThat(runtime).contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
    }

    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(COMPOSE));
    }

    private static Map<String, Object> service(String name) throws IOException {
        return map(map(compose(), "services"), name);
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }
}
