package fr.resilience360.cli;

import fr.resilience360.shared.AdminCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.asm.ClassReader;
import org.springframework.asm.Opcodes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.objenesis.SpringObjenesis;
import org.springframework.util.ClassUtils;

/**
 * Every {@link AdminCommand} of the application, found by reading the class files (no Spring context, no bean, no
 * database): what {@code help} lists and what tells the command line whether to start the application.
 */
final class CommandCatalog {

    /** One command: its class, what it says of itself, and how to create one that needs no data. */
    record Entry(
            Class<? extends AdminCommand> type,
            String name,
            String arguments,
            String description,
            boolean needsData,
            Callable<AdminCommand> factory) {

        /** A command found by its class: a public no-argument constructor creates it if it needs no data. */
        static Entry of(Class<? extends AdminCommand> type) {
            // the metadata methods return constants (see AdminCommand): no constructor, so no dependency, is needed
            return of(
                    new SpringObjenesis().newInstance(type),
                    () -> type.getConstructor().newInstance());
        }

        static Entry of(AdminCommand prototype, Callable<AdminCommand> factory) {
            return new Entry(
                    prototype.getClass(),
                    prototype.name(),
                    prototype.arguments(),
                    prototype.description(),
                    prototype.needsData(),
                    factory);
        }

        String usage() {
            return (name + " " + arguments).trim();
        }

        /** A command that needs no data, ready to run. */
        AdminCommand create() throws Exception {
            return factory.call();
        }
    }

    private final List<Entry> entries;

    CommandCatalog(List<Entry> entries) {
        this.entries =
                entries.stream().sorted(Comparator.comparing(Entry::name)).toList();
    }

    /**
     * The concrete top-level classes under a package (the application's) that implement {@link AdminCommand} directly,
     * in alphabetical order of their names. Only the headers of the class files are read (their interfaces), without
     * loading them: Spring's component scanning, which reads every class's annotations and super types, would cost
     * half of {@code help}'s time.
     */
    static CommandCatalog scan(String basePackage) {
        String command = AdminCommand.class.getName().replace('.', '/');
        ClassLoader loader = ClassUtils.getDefaultClassLoader();
        List<Entry> entries = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver(loader)
                    .getResources("classpath*:" + basePackage.replace('.', '/') + "/**/*.class")) {
                ClassReader header;
                try (InputStream in = file.getInputStream()) {
                    header = new ClassReader(in);
                }
                boolean concrete = (header.getAccess() & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) == 0;
                if (concrete
                        && !header.getClassName().contains("$")
                        && List.of(header.getInterfaces()).contains(command)) {
                    String name = header.getClassName().replace('/', '.');
                    entries.add(
                            Entry.of(ClassUtils.resolveClassName(name, loader).asSubclass(AdminCommand.class)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture des commandes impossible : " + e.getMessage(), e);
        }
        return new CommandCatalog(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    Optional<Entry> find(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
