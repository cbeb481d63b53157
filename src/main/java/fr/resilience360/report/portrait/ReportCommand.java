package fr.resilience360.report.portrait;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code report TERRITOIRE --pdf FICHIER.pdf}: writes the territory's portrait report as PDF (the same document as
 * {@code /territoires/{id}/rapport.pdf}), whole or not at all (written beside, then moved into place).
 * {@code report --all --type TYPE --out DOSSIER}: every territory of a level, in parallel on the machine's cores, with
 * a progress line, resumable ({@link ReportBatch}).
 */
@Component
class ReportCommand implements AdminCommand {

    static final String USAGE =
            "usage : report TERRITOIRE --pdf FICHIER.pdf, ou report --all --type commune|epci|departement|region --out DOSSIER";

    private final Territories territories;
    private final TerritoryDirectory directory;
    private final PortraitReports reports;

    ReportCommand(Territories territories, TerritoryDirectory directory, PortraitReports reports) {
        this.territories = territories;
        this.directory = directory;
        this.reports = reports;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String arguments() {
        return "TERRITOIRE --pdf FICHIER.pdf | --all --type TYPE --out DOSSIER";
    }

    @Override
    public String description() {
        return "Écrit le rapport de portrait du territoire en PDF (identité, besoins, aléas, actions, sources) ;"
                + " --all : ceux de tous les territoires d'un niveau, en parallèle, reprise possible.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (!args.isEmpty() && args.get(0).equals("--all")) return all(args, err);
        if (args.size() != 3 || !args.get(1).equals("--pdf")) throw new CommandException(USAGE);
        TerritorySummary territory = territories.require(args.get(0));
        Path file = Path.of(args.get(2)).toAbsolutePath();
        if (file.getParent() == null || !Files.isDirectory(file.getParent()))
            throw new CommandException("Le dossier de « " + args.get(2) + " » n'existe pas.");
        long start = System.nanoTime();
        byte[] pdf = reports.pdf(territory);
        Path partial = file.resolveSibling(file.getFileName() + ".partiel");
        Files.write(partial, pdf);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        err.println("Rapport de " + territory.name() + " écrit : " + file + " (" + pdf.length / 1024 + " Ko, "
                + (System.nanoTime() - start) / 1_000_000 + " ms)");
        return 0;
    }

    private int all(List<String> args, PrintStream err) throws IOException {
        if (args.size() != 5 || !args.get(1).equals("--type") || !args.get(3).equals("--out"))
            throw new CommandException(USAGE);
        TerritoryType type = TerritoryType.fromCode(args.get(2))
                .filter(t -> t != TerritoryType.PAYS)
                .orElseThrow(() -> new CommandException(
                        "Type inconnu : « " + args.get(2) + " » ; attendu : commune, epci, departement ou region."));
        Path folder = Path.of(args.get(4)).toAbsolutePath();
        Files.createDirectories(folder);
        int threads = Runtime.getRuntime().availableProcessors();
        List<TerritorySummary> all = directory.ofType(type);
        err.println("Rapports de " + all.size() + " territoires (" + type.code() + ") dans " + folder + ", " + threads
                + " en parallèle…");
        ReportBatch.Outcome outcome = ReportBatch.run(all, folder, reports::pdf, threads, err);
        err.println(outcome.written() + " écrits, " + outcome.skipped() + " déjà là, "
                + outcome.failed().size() + " en échec, en " + outcome.millis() / 1000 + " s");
        outcome.failed().forEach(f -> err.println("  échec : " + f));
        return outcome.failed().isEmpty() ? 0 : 1;
    }
}
