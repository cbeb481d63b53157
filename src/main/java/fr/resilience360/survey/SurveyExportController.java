package fr.resilience360.survey;

import fr.resilience360.account.Action;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A survey's responses in CSV, XLSX and JSON ({@link ExportTable}'s stable columns), with the synthesis page's
 * filters, for the members of its territory: anonymous visitors are sent to sign in, other people refused (403).
 */
@Controller
class SurveyExportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Surveys surveys;
    private final StoredAnswerRepository answers;
    private final SurveyAccess access;

    SurveyExportController(Surveys surveys, StoredAnswerRepository answers, SurveyAccess access) {
        this.surveys = surveys;
        this.answers = answers;
        this.access = access;
    }

    @GetMapping("/enquetes/{id:\\d+}/export.csv")
    void csv(@PathVariable long id, @ModelAttribute AnswerFilter filter, HttpServletResponse response)
            throws IOException {
        Survey survey = readable(id);
        ExportTable table = table(survey, filter);
        attachment(response, "text/csv;charset=UTF-8", survey, "csv");
        ExportFiles.csv(table, response.getOutputStream());
    }

    @GetMapping("/enquetes/{id:\\d+}/export.xlsx")
    void xlsx(@PathVariable long id, @ModelAttribute AnswerFilter filter, HttpServletResponse response)
            throws IOException {
        Survey survey = readable(id);
        ExportTable table = table(survey, filter);
        attachment(response, XLSX, survey, "xlsx");
        ExportFiles.xlsx(table, response.getOutputStream());
    }

    @GetMapping(path = "/enquetes/{id:\\d+}/export.json", produces = "application/json")
    @ResponseBody
    Map<String, Object> json(@PathVariable long id, @ModelAttribute AnswerFilter filter, HttpServletResponse response) {
        Survey survey = readable(id);
        ExportTable table = table(survey, filter);
        attachment(response, "application/json", survey, "json");
        return ExportFiles.json(survey, table);
    }

    private Survey readable(long id) {
        Survey survey = surveys.byId(id);
        access.require(
                survey.territoryId(), Action.READ_DRAFTS, "Seuls les membres du territoire exportent ces réponses.");
        return survey;
    }

    private ExportTable table(Survey survey, AnswerFilter filter) {
        return ExportTable.of(survey.questionnaire(), filter.apply(answers.of(survey.id()), survey.questionnaire()));
    }

    private static void attachment(HttpServletResponse response, String type, Survey survey, String extension) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("enquete-" + survey.id() + "-" + survey.template() + "." + extension)
                        .build()
                        .toString());
    }
}
