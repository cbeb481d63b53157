package fr.resilience360.action.plan.exchange;

import fr.resilience360.shared.UserInputException;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;

/** The file of an import — sent, or sent back in base64 by the results page after a check — and the report as JSON. */
final class PlanUploads {

    private PlanUploads() {}

    static byte[] bytes(MultipartFile file, String content) {
        try {
            if (file != null && !file.isEmpty()) return file.getBytes();
            if (content != null && !content.isBlank())
                return Base64.getDecoder().decode(content.strip());
        } catch (IOException | IllegalArgumentException e) {
            throw new UserInputException("Le fichier n'a pas été reçu en entier : envoyez-le de nouveau.", e);
        }
        throw new UserInputException("Aucun fichier reçu : choisissez un classeur XLSX exporté d'un plan.");
    }

    static boolean yes(String value) {
        return value != null
                && List.of("oui", "true", "on", "1").contains(value.strip().toLowerCase());
    }

    static Map<String, Object> json(PlanImportReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verification", report.dryRun());
        m.put("importe", report.imported());
        m.put("actions_remplacees", report.replaced());
        m.put("lignes", report.counts());
        m.put(
                "erreurs",
                report.problems().stream()
                        .map(p -> {
                            Map<String, Object> e = new LinkedHashMap<>();
                            e.put("feuille", p.sheet());
                            e.put("ligne", p.line());
                            e.put("colonne", p.column());
                            e.put("message", p.text());
                            return e;
                        })
                        .toList());
        return m;
    }
}
