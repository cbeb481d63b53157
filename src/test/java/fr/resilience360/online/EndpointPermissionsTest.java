package fr.resilience360.online;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Permissions;
import fr.resilience360.diagnostic.DiagnosticFixtures;
import fr.resilience360.territory.Territories;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 9, item 2: for every endpoint of the modules that hold private data (accounts, online diagnostics), each
 * caller — anonymous, signed in without a role, admin of another territory, each role of CA Lorient Agglomération, a
 * platform administrator — gets exactly what the permission matrix says: success, 302 to sign-in, 401, 403, or 404 for
 * a draft they may not know exists. The expectations are computed from {@link Permissions}, not written by hand.
 */
@IntegrationTest
class EndpointPermissionsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    OnlineDiagnostics diagnostics;

    @Autowired
    Territories territories;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheMatrixSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Caller caller : Caller.values())
            for (EndpointTable.Endpoint endpoint : EndpointTable.ENDPOINTS)
                tests.add(DynamicTest.dynamicTest(
                        caller + " " + endpoint.method() + " " + endpoint.pattern(), () -> check(caller, endpoint)));
        return tests.stream();
    }

    @Test
    void theTableNamesEveryEndpointOfTheAccountAndOnlineModules() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            String module = method.getBeanType().getPackageName();
            if (!module.endsWith(".account") && !module.endsWith(".online")) return;
            for (String pattern : info.getPatternValues())
                for (var verb : info.getMethodsCondition().getMethods()) served.add(verb + " " + pattern);
        });
        Set<String> listed = new TreeSet<>();
        EndpointTable.ENDPOINTS.forEach(e -> listed.add(e.method() + " " + e.pattern()));
        assertThat(listed).isEqualTo(served);
    }

    private void check(Caller caller, EndpointTable.Endpoint endpoint) throws Exception {
        long draft = diagnostics.start(territories.require(LORIENT_AGGLO), "createur@exemple.fr");
        int expected = EndpointTable.expected(endpoint, caller.rights());
        MvcTestResult result = endpoint.call(new EndpointTable.Call(mvc, caller.signIn(accounts), draft));
        caller.gets(result, expected, endpoint);
    }

    static InputStream workbook() {
        return DiagnosticFixtures.oracleWorkbook(DiagnosticFixtures.anyOracleCase());
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor csrfToken() {
        return csrf();
    }
}
