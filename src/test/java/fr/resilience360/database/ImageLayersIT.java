package fr.resilience360.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 14, item 4: what the image's build does with the packaged jar, done here without Docker — the layers extracted
 * by Spring Boot's tools jar mode, copied into one directory as the Dockerfile's {@code COPY} lines do, start the
 * application by the image's entry point (here its {@code help} command, which needs no database).
 */
class ImageLayersIT {

    private static final Path JAR = Path.of("target/resilience360.jar");
    private static final Path WORK = Path.of("target/image-layers");
    private static final List<String> LAYERS =
            List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    @Test
    void theExtractedLayersStartTheApplicationByTheImagesEntryPoint() throws Exception {
        FileSystemUtils.deleteRecursively(WORK);
        Path extracted = WORK.resolve("extracted");
        Path app = Files.createDirectories(WORK.resolve("app"));

        assertThat(run(
                        Path.of("."),
                        "-Djarmode=tools",
                        "-jar",
                        JAR.toString(),
                        "extract",
                        "--layers",
                        "--launcher",
                        "--destination",
                        extracted.toString()))
                .startsWith("0\n");
        for (String layer : LAYERS) {
            assertThat(extracted.resolve(layer)).as(layer).isDirectory();
            FileSystemUtils.copyRecursively(extracted.resolve(layer), app);
        }
        assertThat(count(extracted.resolve("application"))).isPositive();

        String help = run(app, "org.springframework.boot.loader.launch.JarLauncher", "help");
        assertThat(help).startsWith("0\n").contains("import", "backup");
    }

    /** Runs java in a directory; returns the exit code, a new line and the output. */
    private static String run(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return process.exitValue() + "\n" + output;
    }

    private static long count(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
