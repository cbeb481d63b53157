package fr.resilience360.online;

import fr.resilience360.shared.UserInputException;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /diagnostics/{id}/evolution?depuis={other}}: what changed since another diagnostic of the same territory. */
@Controller
class EvolutionController {

    private final DiagnosticViews views;

    EvolutionController(DiagnosticViews views) {
        this.views = views;
    }

    @GetMapping("/diagnostics/{id}/evolution")
    String evolution(@PathVariable long id, @RequestParam long depuis, Principal principal, Model model) {
        DiagnosticView after = views.view(id, principal);
        DiagnosticView before = views.view(depuis, principal);
        if (!before.diagnostic().sameSubject(after.diagnostic()))
            throw new UserInputException("Les diagnostics n° " + depuis + " et n° " + id
                    + " ne portent pas sur le même territoire ou groupe de communes : leur évolution n'a pas de sens.");
        model.addAttribute("v", after);
        model.addAttribute("since", before);
        model.addAttribute("e", Evolution.between(before.scored(), after.scored()));
        return "online/evolution";
    }
}
