package fr.resilience360.observatory;

import fr.resilience360.observatory.aggregation.Recomputation;
import fr.resilience360.observatory.importing.DatasetImports;
import fr.resilience360.observatory.importing.DatasetMapping;
import fr.resilience360.observatory.importing.ImportException;
import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import fr.resilience360.shared.DatasetLoads;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Component;

/**
 * {@code import DATASET FILE [MAPPING]}: imports a file for a bundled dataset (its mapping), or any official CSV with
 * a mapping file, then recomputes the aggregates.
 */
@Component
class ImportDatasetCommand implements AdminCommand {

    private final DatasetImports imports;
    private final Recomputation recomputation;

    ImportDatasetCommand(DatasetImports imports, Recomputation recomputation) {
        this.imports = imports;
        this.recomputation = recomputation;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String arguments() {
        return "JEU FICHIER [CORRESPONDANCE.yaml]";
    }

    @Override
    public String description() {
        return "Importe un fichier de données (jeu fourni, ou tout CSV avec sa correspondance YAML) puis recalcule les agrégats.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() < 2 || args.size() > 3)
            throw new CommandException(
                    "usage : import JEU FICHIER [CORRESPONDANCE.yaml] ; jeux fournis : " + bundledIds());
        Path file = Path.of(args.get(1));
        if (!Files.isReadable(file)) throw new CommandException("fichier illisible : " + file);
        DatasetMapping mapping = args.size() == 3 ? mapping(Path.of(args.get(2))) : bundledMapping(args.get(0));
        if (!mapping.dataset().id().equals(args.get(0)))
            throw new CommandException(
                    "la correspondance décrit le jeu « " + mapping.dataset().id() + " », pas « " + args.get(0) + " »");
        FileSystemResource resource = new FileSystemResource(file);
        try {
            var report = imports.importFile(mapping, resource, DatasetLoads.checksum(resource), err::println);
            recomputation.recomputeAll(err::println);
            out.println(
                    report.dataset() + " : " + report.values() + " valeurs importées (" + report.lines() + " lignes)");
            return 0;
        } catch (ImportException e) {
            throw new CommandException(e.getMessage() + " — rien n'a été modifié.");
        }
    }

    private DatasetMapping mapping(Path path) {
        if (!Files.isReadable(path)) throw new CommandException("correspondance illisible : " + path);
        try {
            return DatasetImports.readMapping(new FileSystemResource(path));
        } catch (ImportException e) {
            throw new CommandException(e.getMessage());
        }
    }

    private DatasetMapping bundledMapping(String id) {
        return imports.bundled().stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new CommandException("jeu inconnu « " + id + " » ; jeux fournis : " + bundledIds()
                        + " (ou donnez une correspondance)"))
                .mapping();
    }

    private String bundledIds() {
        return String.join(
                ", ", imports.bundled().stream().map(DatasetImports.Bundled::id).toList());
    }
}
