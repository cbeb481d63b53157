package fr.resilience360.action.contribution;

import fr.resilience360.shared.InvalidFieldsException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Proposing to the catalogue (any signed-in account or API token) and moderating (platform administrators). */
@RestController
@RequestMapping(path = "/api/v1/actions/contributions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Actions")
class ContributionApiController {

    private final Contributions contributions;
    private final ContributionAccess access;

    ContributionApiController(Contributions contributions, ContributionAccess access) {
        this.contributions = contributions;
        this.access = access;
    }

    @PostMapping
    @Operation(
            summary = "Proposer une action ou un retour d'expérience",
            description =
                    "Corps {\"type\": \"action\", \"fiche\": {…}} (placée sous un objectif existant, vérifiée comme"
                            + " les fiches du catalogue) ou {\"type\": \"retour\", \"retour\": {\"action\", \"territoire\","
                            + " \"texte\", \"signature\"}}. En attente de modération ; publiée sous licence CC BY-SA 4.0. Compte"
                            + " connecté ou jeton d'API ; chaque champ invalide est nommé (400, « erreurs »).")
    ResponseEntity<ContributionJson.Out> propose(@RequestBody ContributionJson.Request request) {
        String author = access.contributor();
        Contribution created;
        if ("action".equals(request.type()) && request.fiche() != null)
            created = contributions.proposeAction(request.fiche(), author);
        else if ("retour".equals(request.type()) && request.retour() != null)
            created = contributions.proposeFeedback(request.retour(), author);
        else
            throw new InvalidFieldsException(
                    "Type de contribution inconnu.",
                    Map.of("type", "« type » vaut « action » (avec « fiche ») ou « retour » (avec « retour »)."));
        return ResponseEntity.status(HttpStatus.CREATED).body(ContributionJson.of(created));
    }

    @GetMapping
    @Operation(
            summary = "Mes contributions",
            description = "Celles du compte connecté, avec leur état et leur historique.")
    List<ContributionJson.Out> mine() {
        return contributions.mine(access.contributor()).stream()
                .map(ContributionJson::of)
                .toList();
    }

    @PostMapping("/{id}/decision")
    @Operation(
            summary = "Accepter ou refuser une contribution (administrateur de la plateforme)",
            description = "Corps {\"decision\": \"acceptee\" | \"refusee\", \"motif\": \"…\"} ; le motif est"
                    + " obligatoire. 409 si la contribution a déjà été modérée.")
    ContributionJson.Out decide(@PathVariable long id, @RequestBody ContributionJson.Decision decision) {
        String moderator = access.moderator();
        String verdict = decision.decision();
        if (!"acceptee".equals(verdict) && !"refusee".equals(verdict))
            throw new InvalidFieldsException(
                    "Décision inconnue.", Map.of("decision", "« decision » vaut « acceptee » ou « refusee »."));
        return ContributionJson.of(contributions.decide(id, "acceptee".equals(verdict), decision.motif(), moderator));
    }
}
