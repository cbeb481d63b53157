package fr.resilience360.action.catalogue;

import fr.resilience360.action.Catalogue;
import fr.resilience360.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of actions and the Boussole's levers, public, as open content (CC BY-SA 4.0). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Actions", description = "Catalogue des fiches actions et Boussole de la résilience")
class CatalogueApiController {

    private final Catalogue catalogue;
    private final CatalogueSearch search;
    private final ActionViews views;
    private final CatalogueOptions options;

    CatalogueApiController(Catalogue catalogue, CatalogueSearch search, ActionViews views, CatalogueOptions options) {
        this.catalogue = catalogue;
        this.search = search;
        this.views = views;
        this.options = options;
    }

    @GetMapping("/actions")
    @Operation(
            summary = "Catalogue des actions, filtré",
            description = "Les fiches actions dans l'ordre du catalogue, avec leur axe, orientation et objectif, les"
                    + " besoins et lignes du Diagnostic 360° qu'elles améliorent, les aléas qu'elles réduisent, les"
                    + " leviers de la Boussole qu'elles servent, coût, délai et difficulté (ordres de grandeur"
                    + " indicatifs), co-bénéfices, exemples sourcés, acteurs et références. Filtres combinables ; une"
                    + " valeur inconnue donne une erreur 400 qui nomme le paramètre. Licence CC BY-SA 4.0.")
    ActionJson.Liste actions(@ParameterObject @ModelAttribute ActionFilter.Params params) {
        ActionFilter filter = ActionFilter.parse(params, catalogue.known());
        List<ActionJson.Action> actions =
                search.matching(filter).stream().map(ActionJson::of).toList();
        return new ActionJson.Liste(catalogue.actions().size(), actions.size(), ActionJson.LICENCE, actions);
    }

    @GetMapping("/actions/axes")
    @Operation(
            summary = "Arbre du catalogue",
            description = "Les axes, leurs orientations et leurs objectifs, avec les identifiants des actions de"
                    + " chaque objectif (détail : /api/v1/actions/{id}).")
    List<ActionJson.Axe> axes() {
        return options.axes().stream().map(ActionJson::axis).toList();
    }

    @GetMapping("/actions/{id}")
    @Operation(summary = "Une fiche action", description = "La fiche complète ; 404 pour un identifiant inconnu.")
    ActionJson.Action action(@PathVariable String id) {
        return views.view(id)
                .map(ActionJson::of)
                .orElseThrow(() -> new NotFoundException(
                        "Action inconnue",
                        "Aucune action du catalogue n'a l'identifiant « " + id + " » ; la liste : /api/v1/actions."));
    }

    @GetMapping("/leviers")
    @Operation(
            summary = "Principes et leviers de la Boussole de la résilience",
            description = "Les 6 principes et 18 leviers de la Boussole (Cerema, 2020), avec le nombre d'actions du"
                    + " catalogue qui servent chaque levier. Un levier dont le nom n'est pas connu porte une étiquette"
                    + " neutre (« nomme » faux) ; un principe dont l'intitulé complet manque, « confirme » faux.")
    List<ActionJson.PrincipeLeviers> levers() {
        return options.principles().stream().map(ActionJson::principle).toList();
    }
}
