package fr.resilience360.report.portrait;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
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
 */
@Component
class ReportCommand implements AdminCommand {

    static final String USAGE = "usage : report TERRITOIRE --pdf FICHIER.pdf";

    private final Territories territories;
    private final PortraitReports reports;

    ReportCommand(Territories territories, PortraitReports reports) {
        this.territories = territories;
        this.reports = reports;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String arguments() {
        return "TERRITOIRE --pdf FICHIER.pdf";
    }

    @Override
    public String description() {
        return "Écrit le rapport de portrait du territoire en PDF (identité, besoins, aléas, actions, sources).";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
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
}
