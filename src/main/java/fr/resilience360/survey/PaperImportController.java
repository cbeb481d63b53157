package fr.resilience360.survey;

import fr.resilience360.account.Action;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.shared.UserInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The CSV import of paper answers, for the same members as the entry screen ({@link Action#EDIT_ASSIGNED_ROWS}): the
 * empty template, the dry run (« Vérifier ») listing every error by line and column, then « Importer », which sends the
 * checked file back (base64 in the form, nothing kept on the server in between) to be checked again and stored whole.
 */
@Controller
class PaperImportController {

    private final Surveys surveys;
    private final SurveyAccess access;
    private final PaperImports imports;

    PaperImportController(Surveys surveys, SurveyAccess access, PaperImports imports) {
        this.surveys = surveys;
        this.access = access;
        this.imports = imports;
    }

    @GetMapping("/enquetes/{id:\\d+}/import")
    String page(@PathVariable long id, Model model) {
        return page(model, allowed(id));
    }

    @GetMapping("/enquetes/{id:\\d+}/import/modele.csv")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        Survey survey = allowed(id);
        String csv = "\uFEFF" + String.join(";", PaperImportCheck.header(survey.questionnaire())) + "\r\n";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("enquete-" + id + "-modele.csv")
                                .build()
                                .toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/enquetes/{id:\\d+}/import/verification")
    String verify(
            @PathVariable long id,
            @RequestParam(name = "fichier", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response) {
        Survey survey = allowed(id);
        try {
            byte[] csv = bytes(file);
            model.addAttribute("report", imports.check(survey, csv));
            model.addAttribute("content", Base64.getEncoder().encodeToString(csv));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (UserInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
        }
        return page(model, survey);
    }

    @PostMapping("/enquetes/{id:\\d+}/import")
    String importAll(
            @PathVariable long id,
            @RequestParam(name = "contenu", defaultValue = "") String content,
            @RequestParam(name = "cle", defaultValue = "") String key,
            Model model,
            HttpServletResponse response) {
        Survey survey = surveys.byId(id);
        String volunteer =
                access.require(survey.territoryId(), Action.EDIT_ASSIGNED_ROWS, PaperEntryController.REFUSAL);
        try {
            var outcome = imports.importAll(survey, decoded(content), key, volunteer);
            model.addAttribute("outcome", outcome);
            if (outcome.report() != null && !outcome.report().ok()) model.addAttribute("report", outcome.report());
        } catch (UserInputException e) {
            response.setStatus(e instanceof ConflictException ? 409 : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
        }
        return page(model, survey);
    }

    private Survey allowed(long id) {
        Survey survey = surveys.byId(id);
        access.require(survey.territoryId(), Action.EDIT_ASSIGNED_ROWS, PaperEntryController.REFUSAL);
        return survey;
    }

    private static String page(Model model, Survey survey) {
        model.addAttribute("survey", survey);
        model.addAttribute("questionnaire", survey.questionnaire());
        model.addAttribute("cle", UUID.randomUUID().toString());
        model.addAttribute("example", new SheetCode(survey.id(), 1).toString());
        return "survey/paper-import";
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty())
            throw new UserInputException("Aucun fichier reçu : choisissez un fichier CSV.");
        if (file.getSize() > PaperCsv.MAX_BYTES)
            throw new UserInputException("Le fichier dépasse 5 Mo : découpez-le en plusieurs fichiers.");
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UserInputException("Lecture du fichier impossible : " + e.getMessage(), e);
        }
    }

    private static byte[] decoded(String content) {
        try {
            return Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("Le fichier vérifié n'a pas été reçu en entier : vérifiez-le de nouveau.", e);
        }
    }
}
