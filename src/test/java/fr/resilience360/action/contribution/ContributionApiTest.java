package fr.resilience360.action.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.action.Catalogue;
import fr.resilience360.online.OnlineFixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The contribution API: a proposal stated under its licence, French field errors, a decision with its reason. */
@IntegrationTest
class ContributionApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Catalogue catalogue;

    @Test
    void aProposedActionIsPendingUnderItsLicenceAndAModeratorAcceptsItWithAReason() {
        String author = OnlineFixtures.stranger(accounts);
        String admin = "plateforme-" + UUID.randomUUID() + "@exemple.fr";
        accounts.createPlatformAdmin(admin);
        String title = "Essai d'API " + UUID.randomUUID();
        String body = """
                {"type": "action", "fiche": {"objectif": "%s", "titre": "%s", "resume": "Résumé.",
                 "description": "Description.", "besoins": ["bv2"], "leviers": ["p1-l1"], "cout": "moins-10k",
                 "delai": "court", "difficulte": "faible",
                 "references": [{"titre": "Un guide", "editeur": "Cerema", "annee": 2020}]}}""".formatted(
                        catalogue
                                .placement(catalogue.actions().get(0).id())
                                .orElseThrow()
                                .goal()
                                .id(),
                        title);

        var created = assertThat(mvc.post()
                        .uri("/api/v1/actions/contributions")
                        .with(OnlineFixtures.as(author))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson();
        created.extractingPath("$.etat").isEqualTo("en-attente");
        created.extractingPath("$.licence").isEqualTo("CC BY-SA 4.0");
        created.extractingPath("$.fiche.titre").isEqualTo(title);
        String id = ProposalCheck.slug(title);
        created.extractingPath("$.action").isEqualTo(id);

        var mine = assertThat(mvc.get().uri("/api/v1/actions/contributions").with(OnlineFixtures.as(author)))
                .hasStatusOk()
                .bodyJson();
        mine.extractingPath("$[0].action").isEqualTo(id);

        long number = Long.parseLong(mine.extractingPath("$[0].id").actual().toString());
        var decided = assertThat(mvc.post()
                        .uri("/api/v1/actions/contributions/" + number + "/decision")
                        .with(OnlineFixtures.as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"acceptee\", \"motif\": \"Bienvenue au catalogue.\"}"))
                .hasStatusOk()
                .bodyJson();
        decided.extractingPath("$.etat").isEqualTo("acceptee");
        decided.extractingPath("$.motif").isEqualTo("Bienvenue au catalogue.");
        decided.extractingPath("$.historique.length()").isEqualTo(2);
        assertThat(mvc.get().uri("/api/v1/actions/" + id))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.contribution")
                .isEqualTo(true);
    }

    @Test
    void aWrongProposalNamesItsFieldsAndADecisionWithoutReasonIsRefused() {
        String author = OnlineFixtures.stranger(accounts);

        var problem = assertThat(mvc.post()
                        .uri("/api/v1/actions/contributions")
                        .with(OnlineFixtures.as(author))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"retour\", \"retour\": {\"action\": \"inconnue\"}}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson();
        problem.extractingPath("$.erreurs[*].champ").asArray().containsExactly("action", "texte", "signature");

        String admin = "plateforme-" + UUID.randomUUID() + "@exemple.fr";
        accounts.createPlatformAdmin(admin);
        var noReason = assertThat(mvc.post()
                        .uri("/api/v1/actions/contributions/1/decision")
                        .with(OnlineFixtures.as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"refusee\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson();
        noReason.extractingPath("$.erreurs[0].champ").isEqualTo("motif");
    }
}
