package fr.resilience360.action.toolbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.action.BoussoleLever;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The toolbox file is checked at start: the bundled one holds at least 15 complete tools; a file with a duplicate id,
 * a missing purpose, an unknown need, field or phase, or a link outside the site is refused with a French message
 * naming the tool.
 */
class ToolFilesTest {

    static final Set<String> NEEDS =
            Set.of("bv1", "bv2", "bv3", "bv4", "bv5", "bi1", "bi2", "bi3", "be1", "be2", "be3");

    @Test
    void theBundledToolboxHoldsAtLeastFifteenCompleteToolsUnderCcBySa() {
        ToolFiles.Loaded loaded = ToolFiles.fromClasspath(ToolFiles.CURRENT, NEEDS);
        assertThat(loaded.tools()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(loaded.tools())
                .extracting(Tool::id)
                .contains(
                        "exposition-evolutive",
                        "enquete-collective",
                        "diagnostic-en-marchant",
                        "atelier-chaines-impact",
                        "conseil-citoyen-transition",
                        "residence-artiste-chercheur",
                        "atelier-sensibilisation",
                        "cafe-debat",
                        "cartographie-participative-ressources",
                        "exercice-crise-simule",
                        "jeu-de-role",
                        "budget-participatif",
                        "veille-personnes-vulnerables",
                        "atelier-restitution-diagnostic",
                        "forum-ouvert");
        assertThat(loaded.digest()).hasSize(16);
        for (Tool t : loaded.tools()) {
            assertThat(t.materials()).as(t.id()).isNotEmpty();
            assertThat(t.levers()).as(t.id()).allMatch(BoussoleLever::named);
        }
    }

    @Test
    void theCollectiveSurveyLinksToTheSurveyTemplatesAndTheImpactChainWorkshopToTheStressTest() {
        List<Tool> tools = ToolFiles.fromClasspath(ToolFiles.CURRENT, NEEDS).tools();
        Tool survey = tools.stream()
                .filter(t -> t.id().equals("enquete-collective"))
                .findFirst()
                .orElseThrow();
        assertThat(survey.links())
                .extracting(Tool.Link::url)
                .contains("/territoires/{code}/enquetes", "/territoires/{code}/questionnaires");
        assertThat(survey.steps()).filteredOn(s -> s.startsWith("Guide")).hasSizeGreaterThanOrEqualTo(5);
        Tool chains = tools.stream()
                .filter(t -> t.id().equals("atelier-chaines-impact"))
                .findFirst()
                .orElseThrow();
        assertThat(chains.links().get(0).forTerritory("200042174")).isEqualTo("/territoires/200042174/stress-test");
    }

    @Test
    void aDuplicateIdIsRefusedNamingTheTool() {
        String file = HEADER + tool("cafe-debat", "be2") + tool("cafe-debat", "be2");
        assertThatThrownBy(() -> read(file))
                .hasMessage("Boîte à outils incohérente : essai.yaml, outil « cafe-debat » : identifiant en double");
    }

    @Test
    void aMissingPurposeIsRefusedNamingTheTool() {
        String file = HEADER + tool("jeu-de-role", "be2").replace("    purpose: \"Jouer.\"\n", "");
        assertThatThrownBy(() -> read(file))
                .hasMessage("Boîte à outils incohérente : essai.yaml, outil « jeu-de-role » : objectif manquant");
    }

    @Test
    void anUnknownNeedIsRefusedNamingTheToolAndTheNeed() {
        assertThatThrownBy(() -> read(HEADER + tool("forum-ouvert", "bx9")))
                .hasMessage("Boîte à outils incohérente : essai.yaml, outil « forum-ouvert » : besoin inconnu bx9");
    }

    @Test
    void aLinkOutsideTheSiteIsRefused() {
        String file = HEADER
                + tool("forum-ouvert", "be2")
                        .replace(
                                "    links: []",
                                "    links:\n      - title: \"Ailleurs\"\n" + "        url: \"https://exemple.fr\"");
        assertThatThrownBy(() -> read(file))
                .hasMessageContaining("outil « forum-ouvert » : le lien « Ailleurs » doit être une adresse de ce site");
    }

    @Test
    void anUnknownFieldOrPhaseMakesTheFileUnreadable() {
        assertThatThrownBy(() -> read(HEADER + tool("forum-ouvert", "be2").replace("phase: AGIR", "phase: REVER")))
                .hasMessageStartingWith("Boîte à outils illisible (essai.yaml)");
        assertThatThrownBy(() -> read(HEADER + tool("forum-ouvert", "be2") + "    couleur: verte\n"))
                .hasMessageStartingWith("Boîte à outils illisible (essai.yaml)");
    }

    private static final String HEADER = "version: 1\nlicence: \"CC BY-SA 4.0\"\ntools:\n";

    private static String tool(String id, String need) {
        return """
                  - id: %s
                    title: "Un outil"
                    phase: AGIR
                    purpose: "Jouer."
                    publics: [HABITANTS]
                    duration: HEURES
                    durationNote: "2 h"
                    groupSize: "10 personnes"
                    steps: ["Préparer.", "Jouer."]
                    materials: ["Cartes"]
                    pitfalls: ["Ne pas oublier le débriefing."]
                    feedback: "À compléter par les retours des territoires."
                    needs: [%s]
                    levers: [P1_L1]
                    links: []
                """.formatted(id, need);
    }

    private static ToolFiles.Loaded read(String yaml) {
        return ToolFiles.read(yaml.getBytes(StandardCharsets.UTF_8), "essai.yaml", NEEDS);
    }
}
