package fr.resilience360.action.boussole;

import fr.resilience360.shared.InvalidFieldsException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The blank Boussole grid anyone may fill for themselves ({@code /boussole}): the answers are read, the radar and the
 * levers to strengthen shown, and nothing is saved (saving is for a territory's members).
 */
@Controller
class BoussolePublicController {

    private final BoussolePages pages;

    BoussolePublicController(BoussolePages pages) {
        this.pages = pages;
    }

    @GetMapping("/boussole")
    String blank(CsrfToken csrf, Model model) {
        csrf.getToken(); // the session holding it is created before a long page commits the response
        pages.grid(model, BoussoleForm.blank(), null, Map.of());
        return "action/boussole-public";
    }

    @PostMapping("/boussole")
    String read(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        BoussoleForm form = BoussoleForm.of(params);
        try {
            pages.grid(model, form, form.input().grid(), Map.of());
        } catch (InvalidFieldsException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            pages.grid(model, form, null, e.fields());
            model.addAttribute("error", e.getMessage());
        }
        return "action/boussole-public";
    }
}
