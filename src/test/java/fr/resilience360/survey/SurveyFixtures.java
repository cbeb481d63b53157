package fr.resilience360.survey;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import fr.resilience360.vulnerability.Hazard;
import fr.resilience360.vulnerability.ImpactChainFiles;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Templates and territories for the survey tests. */
final class SurveyFixtures {

    /** The 11 needs of Diag360 v1.3.5. */
    static final Set<String> NEEDS =
            Set.of("bv1", "bv2", "bv3", "bv4", "bv5", "be1", "be2", "be3", "bi1", "bi2", "bi3");

    /** CA Lorient Agglomération (SIREN). */
    static final String LORIENT_AGGLO = "200042174";

    /** CC de Blavet Bellevue Océan, a small neighbouring EPCI (SIREN). */
    static final String BLAVET = "245600440";

    private SurveyFixtures() {}

    static Set<String> hazards() {
        return ImpactChainFiles.fromClasspath(ImpactChainFiles.CURRENT, NEEDS).hazards().stream()
                .map(Hazard::id)
                .collect(Collectors.toSet());
    }

    /** A shipped template, read and checked without Spring. */
    static Questionnaire template(String code) {
        return SurveyTemplates.read(code, NEEDS, hazards());
    }

    /** A new account holding {@code role} on {@code territoryId} (none when null); its address. */
    static String member(Accounts accounts, Role role, String territoryId) {
        String email = "enquete-" + UUID.randomUUID() + "@exemple.fr";
        accounts.createUser(email, role == null ? Optional.empty() : Optional.of(new Membership(territoryId, role)));
        return email;
    }

    /** Signed in as this address, with the session cookie a browser sends (the page cache skips such requests). */
    static RequestPostProcessor as(String email) {
        RequestPostProcessor user = user(email).roles("USER");
        return request -> {
            request.setCookies(new jakarta.servlet.http.Cookie("SESSION", "essai"));
            return user.postProcessRequest(request);
        };
    }

    /** A valid form of the inhabitants' survey, every required scale answered, with a ranking and an « autre ». */
    static MultiValueMap<String, String> completeForm() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        template("habitants").questions().values().stream()
                .filter(q -> q.type() == QuestionType.ECHELLE)
                .forEach(q -> form.add(q.code(), "3"));
        form.add("anciennete", "de_2_a_10_ans");
        form.add("personnes_foyer", "3");
        form.add("besoins_fragiles.rang.bv1", "2");
        form.add("besoins_fragiles.rang.bi2", "1");
        form.add("evenement_vecu", "non");
        form.add("evenement_recit", "Ne compte pas : la question n'est pas posée");
        form.add("preparation_foyer", "reserve_eau");
        form.add("preparation_foyer", "autre");
        form.add("preparation_foyer.autre", "Un poêle");
        form.add("cle", UUID.randomUUID().toString());
        form.add("site_web", "");
        return form;
    }
}
