package fr.resilience360.action.catalogue;

import fr.resilience360.action.ActionFeedbacks;
import fr.resilience360.action.Catalogue;
import fr.resilience360.shared.BadParameterException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The catalogue's public pages: {@code /actions} (the tree axes → orientations → objectifs with a search and filters in
 * the URL, a plain GET form), {@code /actions/{id}} (the fiche) and {@code /actions/leviers} (the Boussole). Same data
 * as {@code /api/v1/actions}.
 */
@Controller
class CataloguePageController {

    private final Catalogue catalogue;
    private final CatalogueSearch search;
    private final ActionViews views;
    private final CatalogueOptions options;
    private final ObjectProvider<ActionFeedbacks> feedbacks;

    CataloguePageController(
            Catalogue catalogue,
            CatalogueSearch search,
            ActionViews views,
            CatalogueOptions options,
            ObjectProvider<ActionFeedbacks> feedbacks) {
        this.catalogue = catalogue;
        this.search = search;
        this.views = views;
        this.options = options;
        this.feedbacks = feedbacks;
    }

    @GetMapping("/actions")
    String list(@ModelAttribute("params") ActionFilter.Params params, Model model, HttpServletResponse response) {
        ActionFilter filter = ActionFilter.NONE;
        try {
            filter = ActionFilter.parse(params, catalogue.known());
        } catch (BadParameterException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.parameter());
        }
        model.addAttribute("results", search.tree(filter));
        model.addAttribute("filtered", filter.any());
        options.addTo(model);
        return "action/catalogue-list";
    }

    @GetMapping("/actions/{id}")
    String fiche(@PathVariable String id, Model model, HttpServletResponse response) {
        var view = views.view(id);
        if (view.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute(
                    "message",
                    "Aucune action du catalogue n'a l'identifiant « " + id + " ». Voyez le catalogue : /actions.");
            return "error/404";
        }
        ActionFeedbacks accepted = feedbacks.getIfAvailable();
        model.addAttribute("a", view.get());
        model.addAttribute("feedbacks", accepted == null ? List.of() : accepted.accepted(id));
        return "action/catalogue-fiche";
    }

    @GetMapping("/actions/leviers")
    String levers(Model model) {
        model.addAttribute("principles", options.principles());
        model.addAttribute("total", catalogue.actions().size());
        return "action/catalogue-levers";
    }
}
