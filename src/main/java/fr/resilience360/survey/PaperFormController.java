package fr.resilience360.survey;

import fr.resilience360.account.Action;
import fr.resilience360.shared.BadParameterException;
import fr.resilience360.shared.QrCodes;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The printable A4 form of a survey, for the members of its territory ({@link Action#READ_DRAFTS}, like the QR code):
 * {@code ?feuilles=N} copies (1 to {@value #MAX_SHEETS}), each with its own sheet code, the next numbers of the
 * survey's sheets (reserved when the page is written, so that two print runs never share a code), and the public link
 * with its QR code for those who prefer to answer online.
 */
@Controller
class PaperFormController {

    static final int MAX_SHEETS = 500;

    private final Surveys surveys;
    private final SurveyAccess access;
    private final PaperRepository responses;

    PaperFormController(Surveys surveys, SurveyAccess access, PaperRepository responses) {
        this.surveys = surveys;
        this.access = access;
        this.responses = responses;
    }

    @GetMapping("/enquetes/{id:\\d+}/papier")
    String print(
            @PathVariable long id, @RequestParam(name = "feuilles", defaultValue = "1") String count, Model model) {
        Survey survey = surveys.byId(id);
        access.require(
                survey.territoryId(), Action.READ_DRAFTS, "Seuls les membres du territoire impriment ce formulaire.");
        int sheets = sheets(count);
        int first = responses.reserveSheets(id, sheets);
        List<String> codes = IntStream.range(first, first + sheets)
                .mapToObj(n -> new SheetCode(id, n).toString())
                .toList();
        String link = surveys.link(survey);
        model.addAttribute("survey", survey);
        model.addAttribute("questionnaire", survey.questionnaire());
        model.addAttribute("codes", codes);
        model.addAttribute("link", link);
        model.addAttribute("qr", QrCodes.svg(link));
        model.addAttribute("numbers", PaperForm.numbers(survey.questionnaire()));
        model.addAttribute("instructions", PaperForm.instructions(survey.questionnaire()));
        model.addAttribute("shownIf", PaperForm.conditions(survey.questionnaire()));
        return "survey/paper-form";
    }

    private static int sheets(String count) {
        if (count.strip().matches("\\d{1,3}")) {
            int n = Integer.parseInt(count.strip());
            if (n >= 1 && n <= MAX_SHEETS) return n;
        }
        throw new BadParameterException(
                "feuilles",
                "Le nombre de feuilles à imprimer va de 1 à " + MAX_SHEETS + " (reçu : « " + count + " »).");
    }
}
