package fr.resilience360.online;

import fr.resilience360.diagnostic.workbook.WorkbookAnswers;
import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code import-workbook TERRITORY FILE.xlsx [--publish]}: a filled Diag360 workbook becomes a new draft of the
 * territory (every answer and comment carried over), published at once with {@code --publish}; prints
 * {@code {"id": …}} (the published version's id when published).
 */
@Component
class ImportWorkbookCommand implements AdminCommand {

    static final String AUTHOR = "ligne de commande";
    private static final String USAGE = "Usage : import-workbook TERRITOIRE FICHIER.xlsx [--publish]";

    private final Territories territories;
    private final OnlineDiagnostics diagnostics;
    private final WorkbookUploads uploads;

    ImportWorkbookCommand(Territories territories, OnlineDiagnostics diagnostics, WorkbookUploads uploads) {
        this.territories = territories;
        this.diagnostics = diagnostics;
        this.uploads = uploads;
    }

    @Override
    public String name() {
        return "import-workbook";
    }

    @Override
    public String arguments() {
        return "TERRITOIRE FICHIER.xlsx [--publish]";
    }

    @Override
    public String description() {
        return "Crée un diagnostic en ligne du territoire à partir d'un classeur Diag360 rempli (--publish : le "
                + "publie aussitôt) et affiche son identifiant en JSON.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<String> rest = new ArrayList<>(args);
        boolean publish = rest.remove("--publish");
        if (rest.size() != 2) throw new CommandException(USAGE);
        TerritorySummary territory = territories.require(rest.get(0));
        Path file = Path.of(rest.get(1));
        if (!Files.isRegularFile(file)) throw new CommandException("Fichier introuvable : " + file);
        WorkbookAnswers answers;
        try (InputStream in = Files.newInputStream(file)) {
            answers = uploads.read(in, file.getFileName().toString());
        }
        long id = diagnostics.importWorkbook(territory, answers, AUTHOR);
        if (publish) id = diagnostics.publish(diagnostics.require(id), AUTHOR);
        out.println("{\"id\": " + id + "}");
        err.println("Diagnostic n° " + id + " de " + territory.name() + (publish ? " publié." : " créé (brouillon)."));
        return 0;
    }
}
