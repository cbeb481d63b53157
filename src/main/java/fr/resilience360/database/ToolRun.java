package fr.resilience360.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code pg_dump} or {@code pg_restore} on a database, the password in the environment ({@code PGPASSWORD}),
 * never on the command line where {@code ps} would show it; what the tool prints on stderr becomes the French error.
 */
final class ToolRun {

    private ToolRun() {}

    /** Runs the tool and returns what it printed on stdout (written to a temporary file, the output may be large). */
    static String run(Path tool, DatabaseAddress database, List<String> options)
            throws IOException, InterruptedException {
        return run(tool, database, options, () -> {});
    }

    /** Runs the tool, calling {@code progress} every ten seconds while it works. */
    static String run(Path tool, DatabaseAddress database, List<String> options, Runnable progress)
            throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(database.toolOptions());
        arguments.addAll(options);
        return run(tool, arguments, database.password(), progress);
    }

    /** Runs the tool without a database (e.g. {@code pg_restore} reading a file to stdout). */
    static String offline(Path tool, List<String> options) throws IOException, InterruptedException {
        return run(tool, options, null, () -> {});
    }

    private static String run(Path tool, List<String> arguments, String password, Runnable progress)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(arguments);
        Path out = Files.createTempFile("resilience360-" + tool.getFileName(), ".out");
        Path err = Files.createTempFile("resilience360-" + tool.getFileName(), ".err");
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("PGPASSWORD", password == null ? "" : password);
            builder.environment().put("PGCONNECT_TIMEOUT", "10");
            builder.environment().put("LC_MESSAGES", "C");
            Process process = builder.start();
            while (!process.waitFor(10, TimeUnit.SECONDS)) progress.run();
            int status = process.exitValue();
            if (status != 0) {
                throw new IOException(tool.getFileName() + " a échoué (code " + status + ") : "
                        + Files.readString(err, StandardCharsets.UTF_8).strip());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
