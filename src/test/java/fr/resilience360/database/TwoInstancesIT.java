package fr.resilience360.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Issue 14, item 4, what can be tested without Docker: two processes of the packaged application
 * ({@code target/resilience360.jar}) on one external PostgreSQL — the test database's embedded server, started once
 * here — as {@code deploy/compose.yaml} runs them behind its proxy. A user signed in on one is served by the other
 * (sessions in PostgreSQL); each firing of a scheduled job runs on one of them, the other skips it; a bundled load
 * left to do at start runs once. Their output: {@code target/two-instances/a.log} and {@code b.log}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final Path JAR = Path.of("target/resilience360.jar");
    private static final Path LOGS = Path.of("target/two-instances");
    private static final String TYPOLOGY = "cog-2025-typologie-communes";
    /** The retention job fires every 4 seconds in both processes (epoch seconds divisible by 4). */
    private static final int PERIOD_SECONDS = 4;

    private EmbeddedPostgresServer server;
    private AppProcess a;
    private AppProcess b;

    @BeforeAll
    void startServerAndTwoInstances() throws Exception {
        assertThat(JAR)
                .as("construit par mvn package avant les tests de failsafe")
                .exists();
        Files.createDirectories(LOGS);
        EmbeddedDatabaseProperties properties =
                new EmbeddedDatabaseProperties(Path.of("target/test-database/postgres"), null, null);
        server = EmbeddedPostgresServer.start(properties.dataDirectory(), properties.database());
        DatabaseAddress database = server.address(properties.database(), properties.username());
        // a bundled load left to do at start: the communes' typology (a few seconds), as after an upgrade
        execute(database, "update shared.dataset_load set version = 'à recharger' where dataset = ?", TYPOLOGY);
        a = AppProcess.start("a", database, LOGS);
        b = AppProcess.start("b", database, LOGS);
        a.awaitReady(Duration.ofMinutes(3));
        b.awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    void stopAll() throws Exception {
        try {
            if (a != null) a.stop();
            if (b != null) b.stop();
        } finally {
            if (server != null) server.close();
        }
    }

    @Test
    void aUserSignedInOnOneInstanceIsServedByTheOther() throws Exception {
        String email = "deux-instances-" + UUID.randomUUID() + "@exemple.fr";
        String password = "un mot de passe solide";
        execute(
                server.address("resilience360", "postgres"),
                "insert into account.user_account (email, password_hash) values (?, ?)",
                email,
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        String signInPage = get(browser, a.url("/connexion")).body();
        HttpResponse<String> signedIn = post(
                browser,
                a.url("/connexion"),
                Map.of("email", email, "motDePasse", password, "_csrf", csrf(signInPage)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/compte"));

        HttpResponse<String> account = get(browser, b.url("/compte"));
        assertThat(account.statusCode()).as("servie par l'autre instance").isEqualTo(200);
        assertThat(account.body()).contains(email);
        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(b.url("/compte"))).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode())
                .as("sans la session, la page demande de se connecter")
                .isEqualTo(302);
    }

    @Test
    void eachFiringOfAScheduledJobRunsOnExactlyOneInstance() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<Long, List<JobLine>> complete = Map.of();
        while (complete.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            complete = firingsSeenByBoth();
        }

        assertThat(complete).as("tirages vus par les deux instances").hasSizeGreaterThanOrEqualTo(3);
        complete.forEach((slot, lines) -> assertThat(lines.stream().map(JobLine::ran))
                .as("tirage %s : %s", slot, lines)
                .containsExactlyInAnyOrder(true, false));
    }

    @Test
    void aBundledLoadLeftToDoAtStartRanOnOneInstanceOnly() throws Exception {
        long loadsOnA = countLines(a, "Typologie chargée");
        long loads = loadsOnA + countLines(b, "Typologie chargée");
        AppProcess other = loadsOnA == 1 ? b : a;

        assertThat(loads).isEqualTo(1);
        assertThat(countLines(other, "Verrou « first-load » tenu par une autre instance"))
                .as("l'autre instance a attendu la fin du chargement")
                .isEqualTo(1);
    }

    /** The lines of the retention job in both logs, by firing, for the firings both processes have logged. */
    private Map<Long, List<JobLine>> firingsSeenByBoth() throws Exception {
        List<JobLine> lines = new java.util.ArrayList<>(JobLine.read(a));
        lines.addAll(JobLine.read(b));
        return lines.stream()
                .collect(Collectors.groupingBy(JobLine::slot, java.util.TreeMap::new, Collectors.toList()))
                .entrySet()
                .stream()
                .filter(e ->
                        e.getValue().stream().map(JobLine::process).distinct().count() == 2)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, java.util.TreeMap::new));
    }

    /** A line of the retention job: which process, when (its firing), run or skipped. */
    record JobLine(String process, long slot, boolean ran) {
        private static final Pattern LINE =
                Pattern.compile("^(\\S+)\\s+DEBUG.*Tâche planifiée « survey\\.retention » (lancée|sautée)");

        static List<JobLine> read(AppProcess process) throws Exception {
            List<JobLine> lines = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(process.log())) {
                Matcher m = LINE.matcher(line);
                if (!m.find()) continue;
                long epoch = java.time.OffsetDateTime.parse(m.group(1)).toEpochSecond();
                lines.add(new JobLine(
                        process.name(), epoch / PERIOD_SECONDS, m.group(2).equals("lancée")));
            }
            return lines;
        }
    }

    private static long countLines(AppProcess process, String text) throws Exception {
        return Files.readAllLines(process.log()).stream()
                .filter(l -> l.contains(text))
                .count();
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("jeton CSRF du formulaire de connexion").isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void execute(DatabaseAddress database, String sql, String... parameters) throws Exception {
        try (Connection c = database.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) s.setString(i + 1, parameters[i]);
            s.executeUpdate();
        }
    }
}
