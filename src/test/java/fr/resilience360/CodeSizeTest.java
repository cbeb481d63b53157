package fr.resilience360;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sizes a newcomer can read: no class of the product over 250 lines, no web handler (a method mapped with
 * {@code @GetMapping}, {@code @PostMapping}…) over 20 lines of body. Split by responsibility before a class grows past it.
 */
class CodeSizeTest {

    static final int MAX_CLASS_LINES = 250;
    static final int MAX_HANDLER_LINES = 20;

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern MAPPING = Pattern.compile("^\\s*@(Get|Post|Put|Delete|Patch|Request)Mapping\\b");

    @Test
    void noClassIsLongerThan250Lines() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : javaFiles()) {
            int lines = lines(file).size();
            if (lines > MAX_CLASS_LINES) tooLong.add(file + " : " + lines + " lignes");
        }
        assertThat(tooLong).isEmpty();
    }

    @Test
    void noHandlerIsLongerThan20Lines() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : javaFiles())
            for (Handler h : handlers(lines(file)))
                if (h.bodyLines() > MAX_HANDLER_LINES)
                    tooLong.add(file + ":" + h.line() + " : " + h.bodyLines() + " lignes");
        assertThat(tooLong).isEmpty();
    }

    @Test
    void measuresTheBodyOfAMappedMethodFromItsOpeningBrace() {
        List<String> source = List.of(
                "class C {",
                "    @GetMapping(\"/a\")",
                "    String a(",
                "            @PathVariable String id) {",
                "        if (id.isEmpty()) {",
                "            return \"x\";",
                "        }",
                "        return id;",
                "    }",
                "    @RequestMapping(path = \"/b\")",
                "    class Nested {}",
                "}");

        assertThat(handlers(source)).containsExactly(new Handler(2, 4));
    }

    /** A mapped method: the line of its mapping annotation and the number of lines between its braces. */
    record Handler(int line, int bodyLines) {}

    static List<Handler> handlers(List<String> lines) {
        List<Handler> handlers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!MAPPING.matcher(lines.get(i)).find() || isClassAnnotation(lines, i)) continue;
            int open = i;
            while (open < lines.size() && !lines.get(open).stripTrailing().endsWith("{")) open++;
            int depth = 0;
            int close = open;
            for (; close < lines.size(); close++) {
                depth += count(lines.get(close), '{') - count(lines.get(close), '}');
                if (depth == 0) break;
            }
            handlers.add(new Handler(i + 1, Math.max(0, close - open - 1)));
        }
        return handlers;
    }

    /** A mapping on a type (a controller's base path) is not a handler. */
    private static boolean isClassAnnotation(List<String> lines, int annotation) {
        for (int i = annotation + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("@")) continue;
            return line.matches(".*\\b(class|interface|record)\\b.*");
        }
        return false;
    }

    private static int count(String line, char c) {
        String code = line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
        return (int) code.chars().filter(ch -> ch == c).count();
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
