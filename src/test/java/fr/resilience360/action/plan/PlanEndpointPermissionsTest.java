package fr.resilience360.action.plan;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.online.Caller;
import fr.resilience360.online.GuardedEndpoints;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A territory's plan is private: for each of its endpoints, each caller — anonymous, signed in without a role, admin
 * of another territory, each role of CA Lorient Agglomération, a platform administrator — gets exactly what the
 * permission matrix says. The contributeur here pilots nothing, so changing an action is refused to them like to a
 * lecteur; {@link PlanApiTest} shows a contributeur changing the action they pilot.
 */
@IntegrationTest
class PlanEndpointPermissionsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Plans plans;

    @Autowired
    PlanDetails details;

    @Autowired
    PlanViews views;

    @Autowired
    Territories territories;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Caller caller : Caller.values())
            for (PlanEndpointTable.Endpoint endpoint : PlanEndpointTable.ENDPOINTS)
                tests.add(DynamicTest.dynamicTest(caller + " " + endpoint, () -> check(caller, endpoint)));
        return tests.stream();
    }

    @Test
    void theTableNamesEveryEndpointOfTheControllersGuardedByPlanAccessDirectlyOrThroughPlanActionWrites() {
        Set<String> served = new TreeSet<>(GuardedEndpoints.of(mappings, PlanAccess.class));
        served.addAll(GuardedEndpoints.of(mappings, PlanActionWrites.class));
        Set<String> listed = new TreeSet<>();
        PlanEndpointTable.ENDPOINTS.forEach(e -> listed.add(e.toString()));
        assertThat(listed).isEqualTo(served);
    }

    private void check(Caller caller, PlanEndpointTable.Endpoint endpoint) throws Exception {
        TerritorySummary agglo = territories.require(LORIENT_AGGLO);
        String by = "createur@exemple.fr";
        PlanAction action = plans.add(agglo, null, null, PlanFixtures.custom("Droits " + endpoint), by);
        details.addBudget(action, "2026", "fonctionnement", "500", "0", by);
        details.addMilestone(action, "Lancement", "2026-12-31", by);
        details.addIndicator(action, "Repas", "%", "2024", "cantine", by);
        var view =
                PlanDates.find(views.of(agglo, PlanDates.today()), action.id()).orElseThrow();
        int expected = PlanEndpointTable.expected(endpoint, caller.rights());
        MvcTestResult result = endpoint.call()
                .apply(new PlanEndpointTable.Call(
                        mvc,
                        caller.signIn(accounts),
                        action.id(),
                        view.indicators().get(0).indicator().id(),
                        view.milestones().get(0).id(),
                        view.budget().get(0).id()));
        caller.gets(result, expected, endpoint);
    }
}
