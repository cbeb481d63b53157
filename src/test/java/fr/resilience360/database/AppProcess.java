package fr.resilience360.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process of the packaged application ({@code java -jar target/resilience360.jar}) on a free port, configured as a
 * container of {@code deploy/compose.yaml} is (an external database given by {@code SPRING_DATASOURCE_*}), with the
 * retention job firing every 4 seconds and the cluster locks' debug lines on; its output goes to a log file.
 */
record AppProcess(String name, int port, Process process, Path log) {

    static AppProcess start(String name, DatabaseAddress database, Path logs) throws IOException {
        int port = freePort();
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-Xmx640m",
                        "-XX:TieredStopAtLevel=1",
                        "-Duser.timezone=UTC",
                        "-jar",
                        "target/resilience360.jar",
                        "--server.port=" + port,
                        "--resilience360.surveys.retention-cron=*/4 * * * * *",
                        "--logging.level.fr.resilience360.database.ClusterLocks=DEBUG"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", database.username());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
        builder.environment().remove("LOG_FORMAT");
        return new AppProcess(name, port, builder.start(), log);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Waits until the readiness probe says UP (the first load done), or fails with the end of the log. */
    void awaitReady(Duration timeout) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException(name + " s'est arrêté :\n" + tail());
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException notYetListening) {
                // the web server starts after the context: try again
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " pas prêt en " + timeout + " :\n" + tail());
    }

    /** Stops the process as a container is stopped (SIGTERM), then kills it if it does not end. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
