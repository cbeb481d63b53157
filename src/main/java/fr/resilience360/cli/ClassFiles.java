package fr.resilience360.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.springframework.asm.ClassReader;

/**
 * The class files under a package, in folders (tests, IDE) or in jars with folder entries (as Maven and Spring Boot
 * write them; the packaged application's nested jars are opened by the Spring Boot loader), read with the JDK alone:
 * nothing here logs, so the command line can still choose how to log once it knows whether the application starts.
 */
final class ClassFiles {

    interface Visitor {
        void visit(ClassReader classFile) throws IOException;
    }

    private ClassFiles() {}

    static void forEach(ClassLoader loader, String packageName, Visitor visitor) throws IOException {
        String folder = packageName.replace('.', '/');
        Enumeration<URL> roots = loader.getResources(folder);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if (root.getProtocol().equals("file")) inFolder(root, visitor);
            else inJar(root.openConnection(), folder, visitor);
        }
    }

    private static void inFolder(URL root, Visitor visitor) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(root.toURI()))) {
            files = walk.filter(p -> p.toString().endsWith(".class")).toList();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                visitor.visit(new ClassReader(in));
            }
        }
    }

    private static void inJar(URLConnection connection, String folder, Visitor visitor) throws IOException {
        if (!(connection instanceof JarURLConnection jar)) return;
        connection.setUseCaches(false);
        JarFile file = jar.getJarFile();
        String prefix =
                jar.getEntryName() == null ? folder + "/" : jar.getEntryName().replaceAll("/?$", "/");
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")) {
                try (InputStream in = file.getInputStream(entry)) {
                    visitor.visit(new ClassReader(in));
                }
            }
        }
    }
}
