package fr.resilience360.cli;

import fr.resilience360.shared.AdminCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.asm.Opcodes;
import org.springframework.objenesis.SpringObjenesis;
import org.springframework.util.ClassUtils;

/**
 * Every {@link AdminCommand} of the application, found by reading the class files (no Spring context, no bean, no
 * database): what {@code help} lists and what tells the command line whether to start the application.
 */
final class CommandCatalog {

    /** One command: its class's name, what it says of itself, and how to create one that needs no data. */
    record Entry(
            String className,
            String name,
            String arguments,
            String description,
            boolean needsData,
            Callable<AdminCommand> factory) {

        /** A command as its class file describes it: its class is loaded only to run it. */
        static Entry of(String className, CommandClassFile.Metadata metadata) {
            return new Entry(
                    className,
                    metadata.name(),
                    metadata.arguments(),
                    metadata.description(),
                    metadata.needsData(),
                    () -> type(className).getConstructor().newInstance());
        }

        /** A command asked on an instance whose constructor did not run, its dependencies being beans. */
        static Entry of(String className) {
            Class<? extends AdminCommand> type = type(className);
            return of(
                    new SpringObjenesis().newInstance(type),
                    () -> type.getConstructor().newInstance());
        }

        static Entry of(AdminCommand prototype, Callable<AdminCommand> factory) {
            return new Entry(
                    prototype.getClass().getName(),
                    prototype.name(),
                    prototype.arguments(),
                    prototype.description(),
                    prototype.needsData(),
                    factory);
        }

        Class<? extends AdminCommand> type() {
            return type(className);
        }

        String usage() {
            return (name + " " + arguments).trim();
        }

        /** A command that needs no data, ready to run (created with its public no-argument constructor). */
        AdminCommand create() throws Exception {
            return factory.call();
        }

        private static Class<? extends AdminCommand> type(String className) {
            return ClassUtils.resolveClassName(className, ClassUtils.getDefaultClassLoader())
                    .asSubclass(AdminCommand.class);
        }
    }

    private final List<Entry> entries;

    CommandCatalog(List<Entry> entries) {
        this.entries =
                entries.stream().sorted(Comparator.comparing(Entry::name)).toList();
    }

    /**
     * The concrete top-level classes under a package (the application's) that implement {@link AdminCommand} directly,
     * in alphabetical order of their names. The class files are read, not loaded (see {@link CommandClassFile}):
     * Spring's component scanning, which reads every class's annotations and super types, and loading every command
     * class would each cost a third of {@code help}'s time.
     */
    static CommandCatalog scan(String basePackage) {
        String command = AdminCommand.class.getName().replace('.', '/');
        List<Entry> entries = new ArrayList<>();
        try {
            ClassFiles.forEach(ClassUtils.getDefaultClassLoader(), basePackage, header -> {
                boolean concrete = (header.getAccess() & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) == 0;
                if (concrete
                        && !header.getClassName().contains("$")
                        && List.of(header.getInterfaces()).contains(command)) {
                    String name = header.getClassName().replace('/', '.');
                    entries.add(CommandClassFile.read(header)
                            .map(metadata -> Entry.of(name, metadata))
                            .orElseGet(() -> Entry.of(name)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture des commandes impossible : " + e.getMessage(), e);
        }
        return new CommandCatalog(entries);
    }

    /** Whether running this command starts the application (a command that needs data), so Spring Boot's logging. */
    boolean startsApplication(String name) {
        return find(name).map(Entry::needsData).orElse(false);
    }

    List<Entry> entries() {
        return entries;
    }

    Optional<Entry> find(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
