package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.BLAVET;
import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static fr.resilience360.survey.SurveyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.account.Permissions;
import fr.resilience360.account.Role;
import fr.resilience360.territory.Territories;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The synthesis while a survey is open (multiple choice counted per option), and who may open a survey or read its
 * synthesis: each role of CA Lorient Agglomération, an administrator of another territory, an account without role
 * and an anonymous caller get what the permission matrix says.
 */
@IntegrationTest
class SurveySynthesisTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Test
    void countsEachOptionOfAMultipleChoiceAndAveragesScales() {
        CreatedSurvey survey = surveys.create(territories.require(LORIENT_AGGLO), "entreprises", "essai");
        answer(survey, "\"preparation\"", "[\"stock_securite\",\"teletravail\"]", 2, "oui_teste");
        answer(survey, "\"preparation\"", "[\"teletravail\"]", 4, "non");
        answer(survey, "\"preparation\"", "[\"teletravail\",\"autre\"],\"mesures.autre\":\"Cuves\"", 5, "non");

        var json = assertThat(mvc.get()
                        .uri("/api/v1/enquetes/" + survey.id() + "/synthese")
                        .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO))))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.total").isEqualTo(3);
        json.extractingPath("$.questions[?(@.code == 'mesures')].choix.teletravail")
                .asArray()
                .containsExactly(3);
        json.extractingPath("$.questions[?(@.code == 'mesures')].choix.stock_securite")
                .asArray()
                .containsExactly(1);
        json.extractingPath("$.questions[?(@.code == 'mesures')].textes_autre")
                .asArray()
                .containsExactly(1);
        json.extractingPath("$.questions[?(@.code == 'dependance_energie')].moyenne")
                .asArray()
                .containsExactly(3.67);
        json.extractingPath("$.questions[?(@.code == 'plan_continuite')].choix.non")
                .asArray()
                .containsExactly(2);
        json.extractingPath("$.questions[?(@.code == 'attentes')].reponses")
                .asArray()
                .containsExactly(0);
    }

    @Test
    void anUnknownSurveyIs404() {
        assertThat(mvc.get()
                        .uri("/api/v1/enquetes/999999999/synthese")
                        .with(as(member(accounts, Role.ADMIN, LORIENT_AGGLO))))
                .hasStatus(404);
    }

    /** Who calls, with the role held on CA Lorient Agglomération or elsewhere. */
    enum Caller {
        ANONYME,
        SANS_ROLE,
        ADMIN_D_UN_AUTRE_TERRITOIRE,
        LECTEUR,
        CONTRIBUTEUR,
        EDITEUR,
        ADMIN,
        ADMIN_PLATEFORME;

        String signIn(Accounts accounts) {
            return switch (this) {
                case ANONYME -> null;
                case SANS_ROLE -> member(accounts, null, null);
                case ADMIN_D_UN_AUTRE_TERRITOIRE -> member(accounts, Role.ADMIN, BLAVET);
                case ADMIN_PLATEFORME -> {
                    String email = "plateforme-" + UUID.randomUUID() + "@exemple.fr";
                    accounts.createPlatformAdmin(email);
                    yield email;
                }
                default -> member(accounts, Role.valueOf(name()), LORIENT_AGGLO);
            };
        }

        /** The status the matrix gives this caller for an action on CA Lorient Agglomération. */
        int expected(Action action, int success) {
            if (this == ANONYME) return 401;
            Optional<Role> role = switch (this) {
                case LECTEUR, CONTRIBUTEUR, EDITEUR, ADMIN -> Optional.of(Role.valueOf(name()));
                default -> Optional.empty();
            };
            return Permissions.allows(this == ADMIN_PLATEFORME, role, action) ? success : 403;
        }
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void eachCallerGetsWhatTheMatrixSays(Caller caller) {
        String email = caller.signIn(accounts);
        CreatedSurvey survey = surveys.create(territories.require(LORIENT_AGGLO), "habitants", "essai");
        var create = mvc.post()
                .uri("/api/v1/territoires/" + LORIENT_AGGLO + "/enquetes")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"modele\":\"elus\"}");
        var synthesis = mvc.get().uri("/api/v1/enquetes/" + survey.id() + "/synthese");
        if (email != null) {
            create = create.with(as(email));
            synthesis = synthesis.with(as(email));
        }

        assertThat(create.exchange().getResponse().getStatus())
                .as("%s ouvre une enquête", caller)
                .isEqualTo(caller.expected(Action.EDIT_DIAGNOSTICS, 201));
        assertThat(synthesis.exchange().getResponse().getStatus())
                .as("%s lit la synthèse", caller)
                .isEqualTo(caller.expected(Action.READ_DRAFTS, 200));
    }

    private void answer(CreatedSurvey survey, String unused, String measures, int energy, String plan) {
        String body = "{\"reponses\":{\"secteur\":\"commerce\",\"effectif\":4,\"plan_continuite\":\"" + plan
                + "\",\"dependance_energie\":" + energy + ",\"mesures\":" + measures + "}}";
        assertThat(mvc.post()
                        .uri("/api/v1/enquetes/" + survey.token() + "/reponses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .content(body))
                .hasStatus(201);
    }
}
