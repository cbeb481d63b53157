package fr.resilience360.report;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code export-workbook TERRITOIRE FICHIER.xlsx}: writes the Diag360 workbook pre-filled with open data. */
@Component
class ExportWorkbookCommand implements AdminCommand {

    private final Territories territories;
    private final TerritoryPortraits portraits;

    ExportWorkbookCommand(Territories territories, TerritoryPortraits portraits) {
        this.territories = territories;
        this.portraits = portraits;
    }

    @Override
    public String name() {
        return "export-workbook";
    }

    @Override
    public String arguments() {
        return "TERRITOIRE FICHIER.xlsx";
    }

    @Override
    public String description() {
        return "Écrit le classeur Diag360 v1.3.5 prérempli avec les données ouvertes du territoire.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (args.size() != 2) throw new CommandException("usage : export-workbook TERRITOIRE FICHIER.xlsx");
        TerritorySummary territory = territories.require(args.get(0));
        Path file = Path.of(args.get(1));
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".diag360-", ".xlsx");
        try (OutputStream output = Files.newOutputStream(temp)) {
            portraits.writeWorkbook(territory, output);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        err.println("Classeur écrit : " + file.toAbsolutePath());
        return 0;
    }
}
