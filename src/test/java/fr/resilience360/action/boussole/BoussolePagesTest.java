package fr.resilience360.action.boussole;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.BoussolePrinciple;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.territory.Territories;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/** The grid pages: the Boussole's labels as given, the convention said, French errors naming the lever, previews. */
@IntegrationTest
class BoussolePagesTest {

    static final String T = "/territoires/" + LORIENT_AGGLO + "/boussole";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    BoussoleAssessments assessments;

    @Autowired
    Territories territories;

    String editor;

    @BeforeEach
    void signIn() {
        editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
    }

    String html(MvcTestResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    static void showsEveryLabelAsGiven(String page) {
        for (BoussolePrinciple p : BoussolePrinciple.values())
            assertThat(page).contains("Principe " + p.number() + " : " + p.label());
        for (BoussoleLever l : BoussoleLever.values()) {
            assertThat(page).contains(l.named() ? "Levier " + l.number() + " : " + l.label() : l.label());
            assertThat(page).contains("name=\"" + l.code() + "\" value=\"en-partie\"");
            assertThat(page).contains("id=\"commentaire-" + l.code() + "\"");
        }
        assertThat(page).contains("Levier 3.2 (nom à confirmer)", "Robustesse et continuité (intitulé à confirmer)");
    }

    @Test
    void aNewGridShowsTheSixPrinciplesAndEighteenLeversWithTheirLabelsAsGiven() throws Exception {
        String page = html(
                mvc.get().uri(T + "/nouvelle").with(OnlineFixtures.as(editor)).exchange(), 200);
        showsEveryLabelAsGiven(page);
        assertThat(page).contains("Enregistrer l'évaluation").doesNotContain("id=\"boussole-radar\"");
    }

    @Test
    void aSavedAssessmentShowsTheRadarTheSameFiguresAsATableTheConventionAndTheLeversToStrengthen() throws Exception {
        String title = "Plan vélo " + UUID.randomUUID();
        MvcTestResult saved = BoussoleEndpointTable.form(mvc.post().uri(T), title, "pleinement", "p4-l2", "en-partie")
                .param("commentaire-p4-l2", "Seulement les axes principaux.")
                .with(OnlineFixtures.as(editor))
                .with(csrf())
                .exchange();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(T + "/").endsWith("?enregistre");
        String page =
                html(mvc.get().uri(location).with(OnlineFixtures.as(editor)).exchange(), 200);
        assertThat(page).contains("Évaluation enregistrée.", title, "id=\"boussole-radar\"", "data-principles=");
        assertThat(page).contains("ne donne pas de note officielle");
        assertThat(page).contains("<th scope=\"row\">4. Robustesse et continuité (intitulé à confirmer)</th>");
        assertThat(page).contains("83 %", "100 %");
        assertThat(page).contains("id=\"renforcer-p4-l2\"").doesNotContain("id=\"renforcer-p4-l1\"");
        assertThat(page).contains("Seulement les axes principaux.");
        assertThat(page).contains("name=\"p4-l2\" value=\"en-partie\" checked");
        String list = html(mvc.get().uri(T).with(OnlineFixtures.as(editor)).exchange(), 200);
        assertThat(list).contains(title, "Nouvelle évaluation", "ne donne pas de note officielle");
        assertThat(list).contains("class=\"boussole-thumbnail\"", "<td class=\"num\">83 %</td>");
    }

    @Test
    void anIncompleteGridIsShownAgainWithWhatWasEnteredAndAFrenchErrorNamingTheLever() throws Exception {
        int before = assessments.of(territories.require(LORIENT_AGGLO)).size();
        MvcTestResult refused = mvc.post()
                .uri(T)
                .param("titre", "Ma politique")
                .param("nature", "politique")
                .param("p1-l1", "pleinement")
                .param("commentaire-p1-l1", "Déjà en place.")
                .with(OnlineFixtures.as(editor))
                .with(csrf())
                .exchange();
        String page = html(refused, 400);
        assertThat(page)
                .contains(
                        "role=\"alert\"",
                        "Levier 3.2 : choisissez « ne traite pas », « en partie » ou « pleinement ».");
        assertThat(page).contains("href=\"#levier-p3-l2\"", "id=\"erreur-p3-l2\"");
        assertThat(page)
                .contains("value=\"Ma politique\"", "Déjà en place.", "name=\"p1-l1\" value=\"pleinement\" checked");
        assertThat(assessments.of(territories.require(LORIENT_AGGLO))).hasSize(before);
    }

    @Test
    void aPreviewShowsTheResultsWithoutSaving() throws Exception {
        int before = assessments.of(territories.require(LORIENT_AGGLO)).size();
        MvcTestResult preview = BoussoleEndpointTable.form(mvc.post().uri(T), "Aperçu", "en-partie")
                .param("apercu", "1")
                .with(OnlineFixtures.as(editor))
                .with(csrf())
                .exchange();
        String page = html(preview, 200);
        assertThat(page)
                .contains("Aperçu : l'évaluation n'est pas encore enregistrée.", "50 %", "id=\"renforcer-p1-l1\"");
        assertThat(assessments.of(territories.require(LORIENT_AGGLO))).hasSize(before);
    }

    @Test
    void anyoneFillsThePublicGridForThemselvesAndNothingIsSaved() throws Exception {
        String blank = html(mvc.get().uri("/boussole").exchange(), 200);
        showsEveryLabelAsGiven(blank);
        assertThat(blank).contains("Se connecter pour enregistrer").doesNotContain("name=\"titre\"");
        String read = html(
                BoussoleEndpointTable.form(mvc.post().uri("/boussole"), "x", "ne-traite-pas", "p2-l1", "pleinement")
                        .with(csrf())
                        .exchange(),
                200);
        assertThat(read).contains("id=\"boussole-radar\"", "0 %", "33 %", "id=\"renforcer-p1-l1\"");
        assertThat(read).doesNotContain("id=\"renforcer-p2-l1\"");
        String refused = html(
                mvc.post()
                        .uri("/boussole")
                        .param("p1-l1", "pleinement")
                        .with(csrf())
                        .exchange(),
                400);
        assertThat(refused).contains("Levier 6.3 : choisissez");
    }

    @Test
    void aLecteurReadsTheAnswersAsATableWithoutTheFormNorDeletion() throws Exception {
        long id = assessments.create(
                territories.require(LORIENT_AGGLO),
                new AssessmentInput(
                        "Lu " + UUID.randomUUID(),
                        "autre",
                        "Une description lue.",
                        AssessmentInputTest.every("en-partie"),
                        java.util.Map.of("p5-l1", "Commentaire lu.")),
                editor);
        String reader = OnlineFixtures.member(accounts, Role.LECTEUR, LORIENT_AGGLO);
        String page =
                html(mvc.get().uri(T + "/" + id).with(OnlineFixtures.as(reader)).exchange(), 200);
        assertThat(page).contains("<h2 id=\"reponses-titre\">Réponses</h2>", "Commentaire lu.", "Une description lue.");
        assertThat(page).contains("id=\"boussole-radar\"", "50 %");
        assertThat(page).doesNotContain("type=\"radio\"", "Supprimer cette évaluation", "Enregistrer l'évaluation");
        String list = html(mvc.get().uri(T).with(OnlineFixtures.as(reader)).exchange(), 200);
        assertThat(list).doesNotContain("Nouvelle évaluation");
    }
}
