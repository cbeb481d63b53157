package fr.resilience360.action.contribution;

import fr.resilience360.action.Catalogue;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The forms of signed-in users: a new action ({@code /actions/proposer}), a feedback on an action. */
@Controller
class ProposalPageController {

    private final Contributions contributions;
    private final ContributionAccess access;
    private final ContributionOptions options;
    private final Catalogue catalogue;

    ProposalPageController(
            Contributions contributions, ContributionAccess access, ContributionOptions options, Catalogue catalogue) {
        this.contributions = contributions;
        this.access = access;
        this.options = options;
        this.catalogue = catalogue;
    }

    @GetMapping("/actions/proposer")
    String actionForm(CsrfToken csrf, Model model) {
        access.contributor();
        csrf.getToken();
        model.addAttribute("form", ActionForm.EMPTY);
        options.addTo(model);
        return "action/contribution-action";
    }

    @PostMapping("/actions/proposer")
    String proposeAction(
            @ModelAttribute("form") ActionForm form, CsrfToken csrf, Model model, HttpServletResponse response) {
        String author = access.contributor();
        try {
            contributions.proposeAction(form.proposal(), author);
            return "redirect:/actions/mes-contributions?envoyee=1";
        } catch (InvalidFieldsException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", e.fields());
            options.addTo(model);
            return "action/contribution-action";
        }
    }

    @GetMapping("/actions/{id}/retour")
    String feedbackForm(@PathVariable String id, CsrfToken csrf, Model model) {
        access.contributor();
        csrf.getToken();
        model.addAttribute("action", action(id));
        model.addAttribute("form", new FeedbackProposal(id, null, null, null));
        return "action/contribution-feedback";
    }

    @PostMapping("/actions/{id}/retour")
    String proposeFeedback(@PathVariable String id, FeedbackProposal form, Model model, HttpServletResponse response) {
        String author = access.contributor();
        var action = action(id);
        FeedbackProposal proposal = new FeedbackProposal(id, form.territoire(), form.texte(), form.signature());
        try {
            contributions.proposeFeedback(proposal, author);
            return "redirect:/actions/mes-contributions?envoyee=1";
        } catch (InvalidFieldsException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", e.fields());
            model.addAttribute("action", action);
            model.addAttribute("form", proposal);
            return "action/contribution-feedback";
        }
    }

    private fr.resilience360.action.CatalogueAction action(String id) {
        return catalogue
                .action(id)
                .orElseThrow(() -> new NotFoundException(
                        "Action inconnue", "Aucune action du catalogue n'a l'identifiant « " + id + " »."));
    }
}
