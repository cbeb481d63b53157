package fr.resilience360.survey;

import fr.resilience360.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
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

/**
 * A respondent's own answer, found by the key of their browser (the respondent cookie): the thanks page, the answer
 * read back, exported as JSON, or deleted. Without an answer from this browser: 404.
 */
@Controller
class OwnAnswerController {

    private static final String TOKEN = "/enquetes/{token:[A-Za-z0-9_-]{20,}}";

    private final Surveys surveys;
    private final SurveyRepository repository;

    OwnAnswerController(Surveys surveys, SurveyRepository repository) {
        this.surveys = surveys;
        this.repository = repository;
    }

    @GetMapping(TOKEN + "/merci")
    String thanks(@PathVariable String token, HttpServletRequest request, Model model) {
        return show(token, request, model, "survey/thanks");
    }

    @GetMapping(TOKEN + "/ma-reponse")
    String mine(@PathVariable String token, HttpServletRequest request, Model model) {
        return show(token, request, model, "survey/mine");
    }

    @GetMapping(TOKEN + "/ma-reponse.json")
    ResponseEntity<String> export(@PathVariable String token, HttpServletRequest request) {
        Survey survey = surveys.open(token);
        SurveyRepository.StoredResponse stored = own(survey, request);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ma-reponse-" + stored.id() + ".json\"")
                .body(SurveyJson.write(Map.of(
                        "reponse", stored.id(),
                        "recue", stored.receivedAt().toString(),
                        "reponses", SurveyJson.answers(stored.answersJson()))));
    }

    @GetMapping(TOKEN + "/ma-reponse/retrouver")
    String recoverForm(@PathVariable String token, Model model) {
        model.addAttribute("survey", surveys.open(token));
        return "survey/recover";
    }

    /** A respondent's code typed on another device: this browser then holds their key, and sees their answer. */
    @PostMapping(TOKEN + "/ma-reponse/retrouver")
    String recover(
            @PathVariable String token,
            @RequestParam(name = "code", defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Survey survey = surveys.open(token);
        String key = code.strip();
        if (RespondentCookie.wellFormed(key)
                && repository
                        .responseOfRespondent(survey.id(), SurveySecrets.hmac(survey.respondentSalt(), key))
                        .isPresent()) {
            RespondentCookie.set(request, response, key);
            return "redirect:/enquetes/" + token + "/ma-reponse";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("survey", survey);
        model.addAttribute(
                "error", "Aucune réponse à cette enquête ne correspond à ce code. Vérifiez-le (32 caractères).");
        return "survey/recover";
    }

    @PostMapping(TOKEN + "/ma-reponse/suppression")
    String delete(@PathVariable String token, HttpServletRequest request, Model model) {
        Survey survey = surveys.open(token);
        String key = RespondentCookie.read(request).orElseThrow(OwnAnswerController::none);
        if (!repository.deleteResponseOf(survey.id(), SurveySecrets.hmac(survey.respondentSalt(), key))) throw none();
        model.addAttribute("questionnaire", survey.questionnaire());
        model.addAttribute("token", token);
        return "survey/deleted";
    }

    private String show(String token, HttpServletRequest request, Model model, String view) {
        Survey survey = surveys.open(token);
        SurveyRepository.StoredResponse stored = own(survey, request);
        model.addAttribute("survey", survey);
        model.addAttribute("questionnaire", survey.questionnaire());
        model.addAttribute("response", stored);
        model.addAttribute("code", RespondentCookie.read(request).orElseThrow());
        model.addAttribute(
                "answers", OwnAnswer.lines(survey.questionnaire(), SurveyJson.answers(stored.answersJson())));
        return view;
    }

    private SurveyRepository.StoredResponse own(Survey survey, HttpServletRequest request) {
        String key = RespondentCookie.read(request).orElseThrow(OwnAnswerController::none);
        return repository
                .responseOfRespondent(survey.id(), SurveySecrets.hmac(survey.respondentSalt(), key))
                .orElseThrow(OwnAnswerController::none);
    }

    private static NotFoundException none() {
        return new NotFoundException(
                "Réponse introuvable", "Aucune réponse à cette enquête n'a été enregistrée depuis ce navigateur.");
    }
}
