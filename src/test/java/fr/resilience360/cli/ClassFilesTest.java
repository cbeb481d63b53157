package fr.resilience360.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheClassFilesOfAPackageInAFolder() throws Exception {
        assertThat(namesIn(getClass().getClassLoader(), "fr.resilience360.cli"))
                .contains("fr/resilience360/cli/CommandLine", "fr/resilience360/cli/ClassFilesTest")
                .doesNotContain("fr/resilience360/shared/AdminCommand");
    }

    @Test
    void readsTheClassFilesOfAPackageInAJarWithFolderEntries() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file);
                InputStream command = getClass().getResourceAsStream("CommandLine.class")) {
            for (String folder :
                    List.of("fr/", "fr/resilience360/", "fr/resilience360/cli/", "fr/resilience360/other/")) {
                out.putNextEntry(new JarEntry(folder));
            }
            out.putNextEntry(new JarEntry("fr/resilience360/cli/CommandLine.class"));
            command.transferTo(out);
            out.putNextEntry(new JarEntry("fr/resilience360/other/Ignored.class"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(namesIn(loader, "fr.resilience360.cli")).containsExactly("fr/resilience360/cli/CommandLine");
        }
    }

    private static List<String> namesIn(ClassLoader loader, String packageName) throws Exception {
        List<String> names = new ArrayList<>();
        ClassFiles.forEach(loader, packageName, classFile -> names.add(classFile.getClassName()));
        return names;
    }
}
