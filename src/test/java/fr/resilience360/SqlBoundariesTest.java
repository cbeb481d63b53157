package fr.resilience360;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries hold in SQL, where Spring Modulith cannot see: a module's SQL (the string literals of its
 * classes, and the migrations named after it) names only its own schema. What another module needs it gets through
 * that module's Java API, or through a read-only view that the owning module publishes in a schema named
 * {@code <module>_api} (created only by the owner's migrations). And within a module, SQL lives only in its
 * repositories ({@code …Repository} classes); the {@code database} module, which starts the server itself, is exempt.
 */
class SqlBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/resilience360");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern SCHEMA_DECLARATION =
            Pattern.compile("create\\s+schema\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b([a-z_]+)\\.([a-z_]+)\\b");
    private static final Pattern SQL_STATEMENT = Pattern.compile(
            "^\\s*(select|insert|update|delete|with|copy|create|alter|drop|truncate|vacuum|analyze)\\b(?!-)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MIGRATION_NAME = Pattern.compile("V[0-9_]+__([a-z]+)_.*\\.sql");

    @Test
    void everyModuleSqlNamesOnlyItsOwnSchema() {
        Set<String> schemas = schemas();
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String module = moduleOf(file);
            for (String literal : JavaStringLiterals.of(read(file)))
                for (String schema : foreignSchemas(literal, module, schemas))
                    violations.add(file + " nomme le schéma « " + schema + " » : " + oneLine(literal));
        }
        assertThat(schemas).contains("territory", "observatory", "shared", "referential", "account");
        assertThat(violations).isEmpty();
    }

    @Test
    void everyMigrationNamesOnlyTheSchemaOfTheModuleInItsName() {
        Set<String> schemas = schemas();
        List<String> violations = new ArrayList<>();
        for (Path file : migrations()) {
            Matcher name = MIGRATION_NAME.matcher(file.getFileName().toString());
            assertThat(name.matches())
                    .as("%s suit V{n}__{module}_{verbe}_{objet}.sql", file)
                    .isTrue();
            String sql = read(file).replaceAll("--[^\n]*", "");
            for (String schema : foreignSchemas(sql, name.group(1), schemas))
                violations.add(file + " nomme le schéma « " + schema + " »");
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void sqlLivesOnlyInRepositories() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (file.getFileName().toString().endsWith("Repository.java")
                    || moduleOf(file).equals("database")) continue;
            for (String literal : JavaStringLiterals.of(read(file)))
                if (SQL_STATEMENT.matcher(literal).find()) violations.add(file + " : " + oneLine(literal));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theRulesCatchAForeignSchemaAndAcceptPublishedViews() {
        Set<String> schemas = Set.of("territory", "observatory");
        assertThat(foreignSchemas("select id from territory.membership m", "observatory", schemas))
                .containsExactly("territory");
        assertThat(foreignSchemas("select v.value, t.id() from observatory.indicator_value v", "observatory", schemas))
                .isEmpty();
        assertThat(foreignSchemas("select * from territory_api.territory", "observatory", Set.of("territory_api")))
                .isEmpty();
        assertThat(SQL_STATEMENT.matcher("create table account.x (id int)").find())
                .isTrue();
        assertThat(SQL_STATEMENT.matcher("create-admin").find())
                .as("a command's name")
                .isFalse();
        assertThat(JavaStringLiterals.of("String a = \"select 1 from territory.x\"; char c = '\"';"))
                .containsExactly("select 1 from territory.x");
        assertThat(JavaStringLiterals.of("var s = \"\"\"\n    select *\n    from a.b\"\"\";"))
                .containsExactly("\n    select *\n    from a.b");
    }

    /** The schemas the migrations create. */
    private static Set<String> schemas() {
        Set<String> schemas = new TreeSet<>();
        for (Path file : migrations()) {
            Matcher m = SCHEMA_DECLARATION.matcher(read(file));
            while (m.find()) schemas.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return schemas;
    }

    /** The schemas a text names other than the module's own and the views other modules publish. */
    static Set<String> foreignSchemas(String sql, String module, Set<String> schemas) {
        Set<String> found = new TreeSet<>();
        Matcher m = QUALIFIED_NAME.matcher(sql);
        while (m.find()) {
            String schema = m.group(1);
            if (schemas.contains(schema) && !schema.equals(module) && !schema.endsWith("_api")) found.add(schema);
        }
        return found;
    }

    private static String moduleOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }

    private static List<Path> javaFiles() {
        return list(SOURCES, ".java").stream()
                .filter(f -> SOURCES.relativize(f).getNameCount() > 1)
                .toList();
    }

    private static List<Path> migrations() {
        return list(MIGRATIONS, ".sql");
    }

    private static List<Path> list(Path root, String extension) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
