package fr.resilience360.survey;

import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.shared.UserInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Changing one's answer until the survey closes, when its team allows it ({@code allow_edit}): the answering form
 * filled with the stored answer, checked like a new answer, and the same row replaced (same id, {@code updated_at}
 * set), never a second one. Not allowed: 403; no answer from this browser: 404; closed: 404, as for answering.
 */
@Controller
class AnswerEditController {

    private static final String EDIT = "/enquetes/{token:[A-Za-z0-9_-]{20,}}/ma-reponse/modification";

    private final Surveys surveys;
    private final SurveyRepository repository;
    private final AnswerEditRepository edits;
    private final SubmissionLimiter limiter;

    AnswerEditController(
            Surveys surveys, SurveyRepository repository, AnswerEditRepository edits, SubmissionLimiter limiter) {
        this.surveys = surveys;
        this.repository = repository;
        this.edits = edits;
        this.limiter = limiter;
    }

    @GetMapping(EDIT)
    String form(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Survey survey = surveys.open(token);
        if (!survey.allowEdit()) return refused(response, model);
        Map<String, Object> stored = SurveyJson.answers(own(survey, request).answersJson());
        var values = new AnswerForm.Values(StoredAnswerFields.of(survey.questionnaire(), stored));
        return page(model, survey, values, Map.of());
    }

    @PostMapping(EDIT)
    String save(
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Survey survey = surveys.open(token);
        if (!survey.allowEdit()) return refused(response, model);
        String key = RespondentCookie.read(request).orElseThrow(AnswerEditController::none);
        limiter.admit(key);
        Map<String, List<String>> fields = AnswerForm.fields(survey.questionnaire(), params);
        try {
            replace(survey, key, fields, params.getFirst("site_web"));
        } catch (InvalidFieldsException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, survey, new AnswerForm.Values(fields), e.fields());
        }
        return "redirect:/enquetes/" + token + "/ma-reponse?modifiee";
    }

    /** Checks the form's answers like a new answer and replaces the stored ones; 404 if this browser has none. */
    private void replace(Survey survey, String key, Map<String, List<String>> fields, String honeypot) {
        if (honeypot != null && !honeypot.isEmpty())
            throw new UserInputException("La réponse n'a pas pu être enregistrée.");
        Map<String, Object> answers =
                AnswerCheck.check(survey.questionnaire(), AnswerForm.answers(survey.questionnaire(), fields));
        if (!edits.replace(survey.id(), SurveySecrets.hmac(survey.respondentSalt(), key), SurveyJson.write(answers)))
            throw none();
    }

    private static String page(Model model, Survey survey, AnswerForm.Values values, Map<String, String> errors) {
        model.addAttribute("editing", true);
        return AnswerPageController.page(model, survey, values, errors);
    }

    private SurveyRepository.StoredResponse own(Survey survey, HttpServletRequest request) {
        String key = RespondentCookie.read(request).orElseThrow(AnswerEditController::none);
        return repository
                .responseOfRespondent(survey.id(), SurveySecrets.hmac(survey.respondentSalt(), key))
                .orElseThrow(AnswerEditController::none);
    }

    private static String refused(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("status", 403);
        model.addAttribute(
                "detail",
                "L'équipe de cette enquête ne permet pas de modifier une réponse. Vous pouvez la relire, l'exporter"
                        + " ou la supprimer depuis la page « Ma réponse ».");
        return "error";
    }

    private static NotFoundException none() {
        return new NotFoundException(
                "Réponse introuvable", "Aucune réponse à cette enquête n'a été enregistrée depuis ce navigateur.");
    }
}
