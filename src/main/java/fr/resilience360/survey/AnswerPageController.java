package fr.resilience360.survey;

import fr.resilience360.shared.ConflictException;
import fr.resilience360.shared.InvalidFieldsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The answering page of a survey's public link: the consent text, then the questionnaire, restored from the
 * respondent's draft; the draft saved as they answer; the answers sent once (the form carries an idempotency key
 * drawn when the page is written, so a double click, a second tab or a retry gets the first response).
 */
@Controller
class AnswerPageController {

    private final Surveys surveys;
    private final Responses responses;
    private final SubmissionLimiter limiter;
    private final SurveyRepository repository;

    AnswerPageController(Surveys surveys, Responses responses, SubmissionLimiter limiter, SurveyRepository repository) {
        this.surveys = surveys;
        this.responses = responses;
        this.limiter = limiter;
        this.repository = repository;
    }

    @GetMapping("/enquetes/{token:[A-Za-z0-9_-]{20,}}")
    String page(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Survey survey = surveys.open(token);
        byte[] respondent = SurveySecrets.hmac(survey.respondentSalt(), RespondentCookie.ensure(request, response));
        if (repository.responseOfRespondent(survey.id(), respondent).isPresent())
            return "redirect:/enquetes/" + token + "/ma-reponse";
        AnswerForm.Values values = repository
                .draft(survey.id(), respondent)
                .map(json -> new AnswerForm.Values(SurveyJson.fields(json)))
                .orElse(AnswerForm.Values.empty());
        return page(model, survey, values, Map.of());
    }

    @PostMapping("/enquetes/{token:[A-Za-z0-9_-]{20,}}")
    String submit(
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Survey survey = surveys.open(token);
        String key = RespondentCookie.ensure(request, response);
        limiter.admit(key);
        Map<String, List<String>> fields = AnswerForm.fields(survey.questionnaire(), params);
        Map<String, Object> answers = AnswerForm.answers(survey.questionnaire(), fields);
        try {
            responses.submit(
                    token, new Responses.Submission(answers, params.getFirst("site_web"), params.getFirst("cle"), key));
        } catch (InvalidFieldsException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, survey, new AnswerForm.Values(fields), e.fields());
        } catch (ConflictException e) {
            return "redirect:/enquetes/" + token + "/ma-reponse";
        }
        return "redirect:/enquetes/" + token + "/merci";
    }

    /** Saves the draft of the form as it stands (the page's script posts it on each change): 204. */
    @PostMapping("/enquetes/{token:[A-Za-z0-9_-]{20,}}/brouillon")
    ResponseEntity<Void> saveDraft(
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request,
            HttpServletResponse response) {
        Survey survey = surveys.open(token);
        byte[] respondent = SurveySecrets.hmac(survey.respondentSalt(), RespondentCookie.ensure(request, response));
        String json = SurveyJson.write(AnswerForm.fields(survey.questionnaire(), params));
        if (json.length() > 200_000)
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        repository.saveDraft(survey.id(), respondent, json);
        return ResponseEntity.noContent().build();
    }

    static String page(Model model, Survey survey, AnswerForm.Values values, Map<String, String> errors) {
        model.addAttribute("survey", survey);
        model.addAttribute("questionnaire", survey.questionnaire());
        model.addAttribute("form", values);
        model.addAttribute("errors", AnswerPage.errorsByQuestion(errors));
        model.addAttribute("shownIf", AnswerPage.conditionTexts(survey.questionnaire()));
        model.addAttribute("conditionData", AnswerPage.conditionData(survey.questionnaire()));
        model.addAttribute("cle", UUID.randomUUID().toString());
        return "survey/answer";
    }
}
