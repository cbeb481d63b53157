package fr.resilience360.action.boussole;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Permissions;
import fr.resilience360.account.Role;
import fr.resilience360.online.Caller;
import fr.resilience360.online.GuardedEndpoints;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.territory.Territories;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * A territory's Boussole assessments are private to its members: for each endpoint, each caller — anonymous, signed
 * in without a role, admin of another territory, each role of CA Lorient Agglomération, a platform administrator —
 * gets exactly what the permission matrix says (computed from {@link Permissions}, not written by hand). A
 * contributeur edits the assessments they created, and only those; deleting stays with editors.
 */
@IntegrationTest
class BoussoleEndpointPermissionsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    BoussoleAssessments assessments;

    @Autowired
    Territories territories;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Caller caller : Caller.values())
            for (BoussoleEndpointTable.Endpoint endpoint : BoussoleEndpointTable.ENDPOINTS)
                tests.add(DynamicTest.dynamicTest(caller + " " + endpoint, () -> check(caller, endpoint)));
        return tests.stream();
    }

    @Test
    void theTableNamesEveryEndpointOfTheControllersGuardedByBoussoleAccess() {
        Set<String> served = GuardedEndpoints.of(mappings, BoussoleAccess.class);
        Set<String> listed = new TreeSet<>();
        BoussoleEndpointTable.ENDPOINTS.forEach(e -> listed.add(e.toString()));
        assertThat(served).hasSize(11);
        assertThat(listed).isEqualTo(served);
    }

    @Test
    void aContributeurEditsTheAssessmentTheyCreatedButDoesNotDeleteIt() throws Exception {
        String contributor = OnlineFixtures.member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO);
        String api = "/api/v1/territoires/" + LORIENT_AGGLO + "/boussole";
        MvcTestResult created = mvc.post()
                .uri(api)
                .with(OnlineFixtures.as(contributor))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(BoussoleEndpointTable.body("Jardins partagés", "en-partie"))
                .exchange();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        long id = JsonMapper.builder()
                .build()
                .readTree(created.getResponse().getContentAsString())
                .path("id")
                .asLong();
        MvcTestResult edited = mvc.put()
                .uri(api + "/" + id)
                .with(OnlineFixtures.as(contributor))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(BoussoleEndpointTable.body("Jardins partagés", "pleinement"))
                .exchange();
        assertThat(edited.getResponse().getStatus()).isEqualTo(200);
        MvcTestResult page = BoussoleEndpointTable.form(
                        mvc.post().uri("/territoires/" + LORIENT_AGGLO + "/boussole/" + id), "Jardins", "en-partie")
                .with(OnlineFixtures.as(contributor))
                .with(csrf())
                .exchange();
        assertThat(page.getResponse().getStatus()).isEqualTo(302);
        MvcTestResult deleted = mvc.delete()
                .uri(api + "/" + id)
                .with(OnlineFixtures.as(contributor))
                .with(csrf())
                .exchange();
        assertThat(deleted.getResponse().getStatus()).isEqualTo(403);
    }

    private void check(Caller caller, BoussoleEndpointTable.Endpoint endpoint) throws Exception {
        long assessment = assessments.create(
                territories.require(LORIENT_AGGLO),
                new AssessmentInput("Essai", "projet", null, AssessmentInputTest.every("en-partie"), Map.of()),
                "createur@exemple.fr");
        int expected = BoussoleEndpointTable.expected(endpoint, caller.rights());
        MvcTestResult result =
                endpoint.call().apply(new BoussoleEndpointTable.Call(mvc, caller.signIn(accounts), assessment));
        caller.gets(result, expected, endpoint);
    }
}
