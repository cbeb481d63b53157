package fr.resilience360.survey;

import fr.resilience360.account.Action;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.shared.InvalidFieldsException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The entry screen of paper sheets, for the members who may contribute to the territory's work
 * ({@link Action#EDIT_ASSIGNED_ROWS}: contributor, editor, administrator): the questionnaire as a compact form and the
 * sheet's code; after a sheet is stored, the form again, empty, with « Feuille … enregistrée ».
 */
@Controller
class PaperEntryController {

    static final String REFUSAL =
            "Seuls les contributeurs, éditeurs et administrateurs du territoire saisissent les" + " feuilles.";

    private final Surveys surveys;
    private final SurveyAccess access;
    private final PaperEntries entries;
    private final PaperRepository responses;

    PaperEntryController(Surveys surveys, SurveyAccess access, PaperEntries entries, PaperRepository responses) {
        this.surveys = surveys;
        this.access = access;
        this.entries = entries;
        this.responses = responses;
    }

    @GetMapping("/enquetes/{id:\\d+}/saisie")
    String page(
            @PathVariable long id, @RequestParam(name = "enregistree", required = false) String saved, Model model) {
        Survey survey = surveys.byId(id);
        access.require(survey.territoryId(), Action.EDIT_ASSIGNED_ROWS, REFUSAL);
        if (saved != null) responses.entryOf(id, saved).ifPresent(e -> model.addAttribute("saved", e));
        return page(model, survey, AnswerForm.Values.empty(), "", Map.of());
    }

    @PostMapping("/enquetes/{id:\\d+}/saisie")
    String enter(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletResponse response,
            Model model) {
        Survey survey = surveys.byId(id);
        String volunteer = access.require(survey.territoryId(), Action.EDIT_ASSIGNED_ROWS, REFUSAL);
        Map<String, List<String>> fields = AnswerForm.fields(survey.questionnaire(), params);
        String sheet = params.getFirst(PaperEntries.SHEET_FIELD);
        try {
            var answers = AnswerForm.answers(survey.questionnaire(), fields);
            var entered = entries.enter(survey, sheet, answers, params.getFirst("cle"), volunteer);
            return "redirect:/enquetes/" + id + "/saisie?enregistree=" + entered.sheetCode();
        } catch (InvalidFieldsException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, survey, new AnswerForm.Values(fields), sheet, e.fields());
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(
                    model,
                    survey,
                    new AnswerForm.Values(fields),
                    sheet,
                    Map.of(PaperEntries.SHEET_FIELD, e.getMessage()));
        }
    }

    private String page(
            Model model, Survey survey, AnswerForm.Values values, String sheet, Map<String, String> errors) {
        model.addAttribute("survey", survey);
        model.addAttribute("questionnaire", survey.questionnaire());
        model.addAttribute("form", values);
        model.addAttribute("sheet", sheet == null ? "" : sheet);
        model.addAttribute("errors", AnswerPage.errorsByQuestion(errors));
        model.addAttribute("numbers", PaperForm.numbers(survey.questionnaire()));
        model.addAttribute("shownIf", PaperForm.conditions(survey.questionnaire()));
        model.addAttribute("entered", responses.entered(survey.id()));
        model.addAttribute("example", new SheetCode(survey.id(), 1).toString());
        model.addAttribute("cle", UUID.randomUUID().toString());
        return "survey/paper-entry";
    }
}
