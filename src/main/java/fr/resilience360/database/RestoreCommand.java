package fr.resilience360.database;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code restore FILE [--force]}: restores a backup written by {@code backup} into an empty database (an empty data
 * directory for the embedded server, created then), all or nothing; a database that holds tables is only replaced
 * with {@code --force}. The site must be stopped when it runs on the embedded server.
 */
public class RestoreCommand implements AdminCommand {

    private final Supplier<BackupSettings> settings;

    /** For the command line: the application's settings. */
    public RestoreCommand() {
        this(BackupSettings::read);
    }

    RestoreCommand(Supplier<BackupSettings> settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String arguments() {
        return "FICHIER [--force]";
    }

    @Override
    public String description() {
        return "Restaure une sauvegarde dans une base vide (--force : efface d'abord une base qui ne l'est pas).";
    }

    @Override
    public boolean needsData() {
        return false;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> files = new ArrayList<>(args);
        boolean force = files.remove("--force");
        if (files.size() != 1 || files.get(0).startsWith("-")) {
            throw new CommandException("Usage : restore FICHIER [--force] (par exemple sauvegarde.dump).");
        }
        Path file = Path.of(files.get(0));
        BackupSettings read = settings.get();
        Backups backups = new Backups(read.tools(), line -> err.println("  " + line));
        err.println("Restauration de " + file + " en cours…");
        Backups.Done done = read.onDatabase(false, true, database -> backups.restore(database, file, force));
        out.println("Sauvegarde restaurée : " + done.summary());
        return 0;
    }
}
