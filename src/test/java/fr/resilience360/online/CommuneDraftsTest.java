package fr.resilience360.online;

import static fr.resilience360.online.OnlineFixtures.BLAVET;
import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static fr.resilience360.online.OnlineFixtures.as;
import static fr.resilience360.online.OnlineFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.territory.Territories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An EPCI's administrators let some of its members read the drafts of its communes' diagnostics, member by member. */
@IntegrationTest
class CommuneDraftsTest {

    /** Lorient, a commune of CA Lorient Agglomération. */
    private static final String LORIENT = "56121";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    OnlineDiagnostics diagnostics;

    @Autowired
    Territories territories;

    @Test
    void aMemberOfTheEpciReadsItsCommunesDraftsOnlyOnceItsAdministratorLetsThem() {
        long draft = diagnostics.start(territories.require(LORIENT), "maire@exemple.fr");
        String admin = member(accounts, Role.ADMIN, LORIENT_AGGLO);
        String reader = member(accounts, Role.LECTEUR, LORIENT_AGGLO);
        assertThat(portrait(draft, reader)).hasStatus(404);

        assertThat(let(admin, LORIENT_AGGLO, reader, true)).hasStatus(302);
        assertThat(portrait(draft, reader))
                .hasStatusOk()
                .bodyText()
                .contains("Diagnostic 360° de Lorient")
                .doesNotContain("Appliquer", "Publier cette version");
        assertThat(mvc.get()
                        .uri("/compte/territoires/" + LORIENT_AGGLO + "/membres")
                        .with(as(admin)))
                .bodyText()
                .contains("Retirer la lecture", "Brouillons des communes");

        assertThat(let(admin, LORIENT_AGGLO, reader, false)).hasStatus(302);
        assertThat(portrait(draft, reader)).hasStatus(404);
    }

    @Test
    void readingTheCommunesOfAnotherEpciGivesNothingAndOnlyAnAdministratorLetsRead() {
        long draft = diagnostics.start(territories.require(LORIENT), "maire@exemple.fr");
        String neighbourAdmin = member(accounts, Role.ADMIN, BLAVET);
        String neighbour = member(accounts, Role.LECTEUR, BLAVET);
        assertThat(let(neighbourAdmin, BLAVET, neighbour, true)).hasStatus(302);
        assertThat(portrait(draft, neighbour)).hasStatus(404);

        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        assertThat(let(editor, LORIENT_AGGLO, editor, true)).hasStatus(403);
        assertThat(let(member(accounts, Role.ADMIN, LORIENT_AGGLO), LORIENT_AGGLO, "personne@exemple.fr", true))
                .hasStatus(400)
                .bodyText()
                .contains("« personne@exemple.fr » n&#39;est pas membre de ce territoire.");
        assertThat(portrait(draft, editor)).hasStatus(404);
    }

    private MvcTestResult portrait(long id, String email) {
        return mvc.get().uri("/diagnostics/" + id).with(as(email)).exchange();
    }

    private MvcTestResult let(String admin, String territory, String email, boolean reads) {
        return mvc.post()
                .uri("/compte/territoires/" + territory + "/membres/communes")
                .with(as(admin))
                .with(csrf())
                .param("email", email)
                .param("lecture", String.valueOf(reads))
                .exchange();
    }
}
