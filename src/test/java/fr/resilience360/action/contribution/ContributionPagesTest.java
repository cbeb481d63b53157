package fr.resilience360.action.contribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.action.Catalogue;
import fr.resilience360.online.OnlineFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

/** The contribution pages: the licence on the forms, French errors per field, the author's states and reasons. */
@IntegrationTest
class ContributionPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Contributions contributions;

    @Test
    void theFormStatesTheLicenceAndAWrongProposalComesBackWithEveryErrorNamed() throws Exception {
        String author = OnlineFixtures.stranger(accounts);

        assertThat(html(mvc.get()
                        .uri("/actions/proposer")
                        .with(OnlineFixtures.as(author))
                        .exchange()))
                .contains("En proposant, vous acceptez de publier votre texte sous licence CC BY-SA 4.0");
        var result = mvc.post()
                .uri("/actions/proposer")
                .with(OnlineFixtures.as(author))
                .with(csrf())
                .param("titre", "Mon action")
                .param("besoins", "bv2")
                .param("lignes", "bv1_i99")
                .param("referenceAnnee", "2020")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(html(result))
                .contains("La proposition a des champs à corriger", "Le résumé est obligatoire.")
                .contains("Ligne du Diagnostic 360° inconnue : « bv1_i99 ».", "Citez au moins une référence")
                .contains("value=\"Mon action\"", "value=\"bv2\" checked=\"checked\"");
    }

    @Test
    void theAuthorSeesTheStateAndReasonOfEachContributionWithItsHistory() throws Exception {
        String author = OnlineFixtures.stranger(accounts);
        Contribution c = contributions.proposeFeedback(ContributionFixtures.feedback(catalogue), author);
        contributions.decide(c.id(), false, "Texte trop vague pour être utile.", "moderateur@exemple.fr");

        String page = html(mvc.get()
                .uri("/actions/mes-contributions")
                .with(OnlineFixtures.as(author))
                .exchange());

        assertThat(page)
                .contains("Retour d'expérience n° " + c.id(), "Refusée", "Texte trop vague pour être utile.")
                .contains("Historique de la contribution n° " + c.id(), "(proposition)", "moderateur@exemple.fr");
    }

    private static String html(org.springframework.test.web.servlet.assertj.MvcTestResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(UTF_8));
    }
}
