package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static fr.resilience360.survey.SurveyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The questionnaire builder's pages: a template copied as version 1, the draft kept even when it breaks a rule, an
 * invalid save refused with every problem, a valid one saved as the next version (never changed afterwards), the
 * preview, and a survey opened with the latest version then answered through the API.
 */
@IntegrationTest
class QuestionnaireBuilderPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    QuestionnaireRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Surveys surveys;

    String editor;

    @BeforeEach
    void signIn() {
        editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
    }

    @Test
    void copyingATemplateSavesItAsVersionOneAndListsIt() {
        long id = copy(editor, "habitants");
        assertThat(repository.byId(id).orElseThrow().latestVersion()).isEqualTo(1);
        assertThat(mvc.get()
                        .uri("/territoires/" + LORIENT_AGGLO + "/questionnaires")
                        .with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("/questionnaires/" + id, "Copier le modèle entreprises");
        assertThat(mvc.get().uri("/questionnaires/" + id).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Enregistrer la version 2",
                        "Monter la question besoin_eau",
                        "Ouvrir une enquête avec cette version");
    }

    @Test
    void anInvalidSaveKeepsTheDraftListsEveryProblemAndAValidOneAddsTheNextVersion() {
        long id = copy(editor, "entreprises");
        post(
                "/questionnaires/" + id + "/sections/0/questions",
                "code=stock_jours&type=nombre&libelle=Combien+de+jours+%3F");
        post("/questionnaires/" + id + "/sections", "titre=");

        MvcTestResult refused = mvc.post()
                .uri("/questionnaires/" + id + "/versions")
                .with(as(editor))
                .with(csrf())
                .exchange();
        assertThat(refused)
                .hasStatus(400)
                .bodyText()
                .contains("La version n’a pas été enregistrée : 3 points à corriger")
                .contains("(« stock_jours »), champ « bornes » : un nombre a une borne min et une borne max")
                .contains(", champ « titre » : section sans titre", ", champ « questions » : aucune question");
        assertThat(repository.byId(id).orElseThrow().latestVersion()).isEqualTo(1);
        assertThat(repository.byId(id).orElseThrow().draftJson()).contains("stock_jours");

        int last = SurveyFixtures.template("entreprises")
                .sections()
                .get(0)
                .questions()
                .size();
        post(
                "/questionnaires/" + id + "/sections/0/questions/" + last,
                "code=stock_jours&type=nombre&libelle=Combien+de+jours+%3F&min=0&max=365");
        int sections = SurveyFixtures.template("entreprises").sections().size();
        post("/questionnaires/" + id + "/sections/" + sections + "/suppression", "");
        assertThat(mvc.post()
                        .uri("/questionnaires/" + id + "/versions")
                        .with(as(editor))
                        .with(csrf()))
                .hasStatus(302);
        assertThat(repository.byId(id).orElseThrow().latestVersion()).isEqualTo(2);
        assertThat(repository.version(id, 2).orElseThrow()).contains("stock_jours", "perso-" + id + "-v2");
        assertThat(repository.version(id, 1).orElseThrow()).doesNotContain("stock_jours");
    }

    @Test
    void aSavedVersionNeverChanges() {
        long id = copy(editor, "elus");
        assertThatThrownBy(() -> jdbc.sql(
                                "update survey.questionnaire_version set content = '{}' where questionnaire_id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("ne change plus");
        assertThatThrownBy(() -> jdbc.sql("delete from survey.questionnaire_version where questionnaire_id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("ne change plus");
    }

    @Test
    void aQuestionMovesUpAcrossASectionAndTheFormShowsItsProblemsBesideTheFields() {
        long id = copy(editor, "habitants");
        post("/questionnaires/" + id + "/sections/1/questions/0/deplacement", "sens=haut");
        Questionnaire draft =
                SurveyJson.questionnaire(repository.byId(id).orElseThrow().draftJson());
        Questionnaire template = SurveyFixtures.template("habitants");
        assertThat(draft.sections().get(0).questions())
                .last()
                .isEqualTo(template.sections().get(1).questions().get(0));

        post("/questionnaires/" + id + "/sections/0/questions/0", "code=besoin_eau&type=nombre&libelle=Litres");
        assertThat(mvc.get()
                        .uri("/questionnaires/" + id + "/sections/0/questions/0")
                        .with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "id=\"erreur-min\"",
                        "aria-describedby=\"erreur-min\"",
                        "un nombre a une borne min et une borne max");
    }

    @Test
    void anActionOnAQuestionThatMovedMeanwhileChangesNothing() {
        long id = copy(editor, "habitants");
        String before = repository.byId(id).orElseThrow().draftJson();
        assertThat(mvc.post()
                        .uri("/questionnaires/" + id + "/sections/1/questions/0/suppression")
                        .with(as(editor))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("attendu=une_autre_question"))
                .hasStatus(404)
                .bodyText()
                .contains("le questionnaire a changé entre-temps");
        assertThat(repository.byId(id).orElseThrow().draftJson()).isEqualTo(before);
        post("/questionnaires/" + id + "/sections/1/questions/0/suppression", "attendu=besoin_eau");
        assertThat(repository.byId(id).orElseThrow().draftJson()).doesNotContain("\"besoin_eau\"");
    }

    @Test
    void thePreviewUsesTheAnsweringPageWithoutSubmitAndStoresNothing() {
        long id = copy(editor, "habitants");
        assertThat(mvc.get()
                        .uri("/questionnaires/" + id + "/apercu")
                        .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO))))
                .hasStatusOk()
                .bodyText()
                .contains("Aperçu — aucune réponse n'est enregistrée", "Avant de répondre", "id=\"q-besoin_eau-4\"")
                .doesNotContain("Envoyer mes réponses", "data-brouillon");
    }

    @Test
    void thePreviewOfAnInvalidDraftShowsTheLatestVersionAndAnUnknownTemplateIs400() {
        long id = copy(editor, "elus");
        post("/questionnaires/" + id + "/sections", "titre=");
        assertThat(mvc.get().uri("/questionnaires/" + id + "/apercu").with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("(<span>version 1</span>)");
        assertThat(mvc.post()
                        .uri("/territoires/" + LORIENT_AGGLO + "/questionnaires")
                        .with(as(editor))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("modele=inconnu"))
                .hasStatus(400)
                .bodyText()
                .contains("inconnu « inconnu »");
    }

    @Test
    void aSurveyOpenedWithACustomVersionKeepsItAndItsAnswersToo() {
        long id = copy(editor, "entreprises");
        post(
                "/questionnaires/" + id + "/sections/0/questions",
                "code=stock_jours&type=nombre&libelle=Combien+de+jours+%3F&min=0&max=365&obligatoire=on");
        assertThat(mvc.post()
                        .uri("/questionnaires/" + id + "/versions")
                        .with(as(editor))
                        .with(csrf()))
                .hasStatus(302);
        MvcTestResult opened = mvc.post()
                .uri("/questionnaires/" + id + "/enquetes")
                .with(as(editor))
                .with(csrf())
                .exchange();
        assertThat(opened).hasStatus(302);
        String location = opened.getResponse().getRedirectedUrl();
        Survey survey = surveys.byId(Long.parseLong(location.replaceAll(".*enquete=(\\d+).*", "$1")));
        assertThat(mvc.get().uri(location.replaceAll("#.*", "")).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("Enquête ouverte", "/enquetes/" + survey.token());

        assertThat(mvc.get().uri("/api/v1/enquetes/" + survey.token()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.version")
                .isEqualTo("perso-" + id + "-v2");
        assertThat(mvc.post()
                        .uri("/api/v1/enquetes/" + survey.token() + "/reponses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .content("{\"reponses\":{\"stock_jours\":12}}"))
                .hasStatus(400);
        assertThat(
                        mvc.post()
                                .uri("/api/v1/enquetes/" + survey.token() + "/reponses")
                                .contentType(MediaType.APPLICATION_JSON)
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .content(
                                        "{\"reponses\":{\"stock_jours\":12,\"secteur\":\"commerce\",\"effectif\":3,\"plan_continuite\":\"non\"}}"))
                .hasStatus(201);
        assertThat(jdbc.sql("select s.template || ' ' || r.questionnaire_version from survey.response r"
                                + " join survey.survey s on s.id = r.survey_id where s.id = ?")
                        .param(survey.id())
                        .query(String.class)
                        .single())
                .isEqualTo("perso perso-" + id + "-v2");
    }

    /** Copies a template as this person; the new questionnaire's id. */
    long copy(String email, String template) {
        MvcTestResult result = mvc.post()
                .uri("/territoires/" + LORIENT_AGGLO + "/questionnaires")
                .with(as(email))
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("modele=" + template)
                .exchange();
        assertThat(result).hasStatus(302);
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/questionnaires/", ""));
    }

    private void post(String uri, String form) {
        assertThat(mvc.post()
                        .uri(uri)
                        .with(as(editor))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(form))
                .hasStatus(302);
    }
}
