package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static fr.resilience360.survey.SurveyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code POST /api/v1/territoires/{code}/enquetes} with a whole questionnaire in the body, checked like a template. */
@IntegrationTest
class QuestionnaireBuilderApiTest {

    private static final String QUESTIONNAIRE = """
            {"titre": "Enquête du bourg", "sections": [{"titre": "Eau", "questions": [
              {"code": "reserve", "type": "choix_unique", "libelle": "Avez-vous une réserve d'eau ?",
               "choix": [{"valeur": "oui", "libelle": "Oui"}, {"valeur": "non", "libelle": "Non"}], "obligatoire": true},
              {"code": "litres", "type": "nombre", "libelle": "Combien de litres ?", %s
               "conditions": [{"question": "reserve", "valeur": "oui"}], "besoin": "bv1"}]}]}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Test
    void aWholeQuestionnaireOpensASurveyThatTakesAnswers() throws Exception {
        var opened = open(QUESTIONNAIRE.formatted("\"min\": 0, \"max\": 1000,"));
        assertThat(opened)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.lien")
                .asString()
                .contains("/enquetes/");
        String token = opened.getResponse().getContentAsString().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        assertThat(mvc.get().uri("/api/v1/enquetes/" + token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.modele")
                .isEqualTo("perso");
        assertThat(mvc.post()
                        .uri("/api/v1/enquetes/" + token + "/reponses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .content("{\"reponses\":{\"reserve\":\"oui\",\"litres\":20}}"))
                .hasStatus(201);
    }

    @Test
    void anInvalidQuestionnaireIs400WithEachProblem() {
        var json = assertThat(
                        open(QUESTIONNAIRE.formatted("\"min\": 10, \"max\": 1,").replace("\"Eau\"", "\" \"")))
                .hasStatus(400)
                .bodyJson();
        json.extractingPath("$.erreurs[0].champ").isEqualTo("sections[0].titre");
        json.extractingPath("$.erreurs[0].message").isEqualTo("Section 1, champ « titre » : section sans titre");
        json.extractingPath("$.erreurs[1].champ").isEqualTo("sections[0].questions[1].max");
        json.extractingPath("$.erreurs[1].message")
                .isEqualTo("Question 2 (« litres »), champ « bornes » : min supérieur à max");
    }

    @Test
    void theTemplateCodeStillWorks() {
        assertThat(open("{\"modele\":\"elus\"}")).hasStatus(201);
        assertThat(open("{\"modele\":\"inconnu\"}")).hasStatus(400);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult open(String body) {
        return mvc.post()
                .uri("/api/v1/territoires/" + LORIENT_AGGLO + "/enquetes")
                .with(as(member(accounts, Role.EDITEUR, LORIENT_AGGLO)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }
}
