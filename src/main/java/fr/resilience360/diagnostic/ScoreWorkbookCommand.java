package fr.resilience360.diagnostic;

import fr.resilience360.diagnostic.workbook.Diag360Workbook;
import fr.resilience360.diagnostic.workbook.WorkbookAnswers;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.ReferentialFiles;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code score-workbook FILE.xlsx}: scores a filled Diag360 v1.3.5 workbook with the engine (not the workbook's
 * formulas) and prints one JSON document: completion, notes in workbook order, need scores and anomalies. Needs no
 * stored data: it runs without Spring nor database, on the referential bundled as YAML and the plain-Java engine.
 */
public class ScoreWorkbookCommand implements AdminCommand {

    private final Supplier<Referential> referential;

    /** For the command line: the bundled Diag360 v1.3.5 referential, read when the command runs. */
    public ScoreWorkbookCommand() {
        this(() -> ReferentialFiles.fromClasspath(Referentials.DIAG360));
    }

    ScoreWorkbookCommand(Supplier<Referential> referential) {
        this.referential = referential;
    }

    @Override
    public boolean needsData() {
        return false;
    }

    @Override
    public String name() {
        return "score-workbook";
    }

    @Override
    public String arguments() {
        return "FILE.xlsx";
    }

    @Override
    public String description() {
        return "Calcule les notes d'un classeur Diag360 v1.3.5 rempli et les affiche en JSON.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        if (args.size() != 1) {
            throw new CommandException("Usage : score-workbook FICHIER.xlsx (un seul fichier attendu)");
        }
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file)) {
            throw new CommandException("Fichier introuvable : " + file);
        }
        // the referential's YAML is parsed on another core while POI opens the workbook: half the command's time
        CompletableFuture<Referential> reading = CompletableFuture.supplyAsync(this.referential);
        WorkbookAnswers answers;
        try (InputStream in = Files.newInputStream(file)) {
            answers = Diag360Workbook.read(in, reading::join);
        }
        Referential referential = reading.join();
        Diagnostic diagnostic = new DiagnosticScoring(referential).score(answers.valuesArray());
        out.println(Json.MAPPER.writeValueAsString(document(diagnostic)));
        if (!diagnostic.anomalies().isEmpty()) {
            err.println(diagnostic.anomalies().size() + " valeur(s) non prise(s) en compte : voir « anomalies ».");
        }
        return 0;
    }

    /**
     * Created on first use, not when the command line loads the class: Jackson's start then overlaps the reading of
     * the workbook instead of delaying it.
     */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /** The JSON document, field names in French as published. */
    public static Map<String, Object> document(Diagnostic diagnostic) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("referentiel", diagnostic.referentialId());
        document.put("avancement", diagnostic.completion());
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (IndicatorNote note : diagnostic.indicators()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("row", note.row().placement().sheetRow());
            item.put("id", note.row().id());
            item.put("besoin", note.needName());
            item.put("valeur", note.value().display());
            item.put("note", note.noteOrNull());
            indicators.add(item);
        }
        document.put("indicateurs", indicators);
        List<Map<String, Object>> needs = new ArrayList<>();
        for (NeedScore score : diagnostic.needs()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("besoin", score.need().name());
            item.put("score", score.score());
            item.put("indicateurs_notes", score.notesCount());
            needs.add(item);
        }
        document.put("besoins", needs);
        List<Map<String, Object>> anomalies = new ArrayList<>();
        for (Anomaly anomaly : diagnostic.anomalies()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("row", anomaly.row());
            item.put("id", anomaly.id());
            item.put("message", anomaly.message());
            anomalies.add(item);
        }
        document.put("anomalies", anomalies);
        return document;
    }
}
