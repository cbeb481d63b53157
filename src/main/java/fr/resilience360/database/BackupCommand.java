package fr.resilience360.database;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code backup FILE}: a consistent dump of the whole database in PostgreSQL's custom format, while the site keeps
 * serving. Runs without Spring: on the site's running embedded server when there is one, else on one started for the
 * time of the dump, or on the external server ({@code spring.datasource.url}).
 */
public class BackupCommand implements AdminCommand {

    private final Supplier<BackupSettings> settings;

    /** For the command line: the application's settings. */
    public BackupCommand() {
        this(BackupSettings::read);
    }

    BackupCommand(Supplier<BackupSettings> settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String arguments() {
        return "FICHIER";
    }

    @Override
    public String description() {
        return "Sauvegarde toute la base (format personnalisé de pg_dump) pendant que le site tourne.";
    }

    @Override
    public boolean needsData() {
        return false;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.size() != 1) throw new CommandException("Usage : backup FICHIER (par exemple sauvegarde.dump).");
        Path file = Path.of(args.get(0));
        BackupSettings read = settings.get();
        Backups backups = new Backups(read.tools(), line -> err.println("  " + line));
        err.println("Sauvegarde de la base en cours…");
        Backups.Done done = read.onDatabase(true, false, database -> backups.dump(database, file));
        out.println("Sauvegarde écrite : " + done.summary());
        return 0;
    }
}
