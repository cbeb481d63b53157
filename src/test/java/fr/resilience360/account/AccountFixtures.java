package fr.resilience360.account;

import fr.resilience360.shared.AdminCommand;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Values the account tests do not care about, and running a command as the command line does. */
final class AccountFixtures {

    /** CA Lorient Agglomération (SIREN). */
    static final String LORIENT_AGGLO = "200042174";

    private AccountFixtures() {}

    /** An address no other test (nor an earlier run on the same database) uses. */
    static String anyEmail() {
        return "agent-" + UUID.randomUUID() + "@exemple.fr";
    }

    /** What a command printed: standard output and errors. */
    record Printed(int exitCode, String out, String err) {
        /** The token at the end of the printed link. */
        String token() {
            return out.strip().substring(out.strip().lastIndexOf('/') + 1);
        }
    }

    /** Signs in by the one-time link a command printed, as a browser would: the session cookie. */
    static Cookie signInByLink(MockMvcTester mvc, AdminCommand command, String... args) throws Exception {
        String token = run(command, args).token();
        MvcTestResult used = mvc.post()
                .uri("/connexion/lien/" + token)
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();
        if (used.getResponse().getStatus() != 302) throw new AssertionError("le lien n'a pas connecté " + args[0]);
        return used.getResponse().getCookie("SESSION");
    }

    static Printed run(AdminCommand command, String... args) throws Exception {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code;
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
                var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = command.run(List.of(args), o, e);
        }
        return new Printed(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
