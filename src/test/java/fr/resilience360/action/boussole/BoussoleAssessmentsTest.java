package fr.resilience360.action.boussole;

import static fr.resilience360.online.OnlineFixtures.BLAVET;
import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.action.BoussoleLever;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Assessments are stored whole, read back as written, edited in one go and deleted with their answers. */
@IntegrationTest
class BoussoleAssessmentsTest {

    @Autowired
    BoussoleAssessments assessments;

    @Autowired
    Territories territories;

    static AssessmentInput input(String title, String answer, Map<String, String> comments) {
        return new AssessmentInput(title, "projet", "Une description.", AssessmentInputTest.every(answer), comments);
    }

    @Test
    void anAssessmentIsReadBackAsWrittenEditedByAnotherAccountAndDeleted() {
        TerritorySummary lorient = territories.require(LORIENT_AGGLO);
        String title = "Projet " + UUID.randomUUID();
        long id = assessments.create(
                lorient, input(title, "en-partie", Map.of("p2-l3", "Par le conseil citoyen.")), "a@exemple.fr");

        Assessment read = assessments.require(lorient, id);
        assertThat(read.subject()).isEqualTo(new Assessment.Subject(title, SubjectKind.PROJET, "Une description."));
        assertThat(read.grid().answers()).hasSize(18);
        assertThat(read.grid().value(BoussoleLever.P2_L3)).isEqualTo(LeverAnswer.EN_PARTIE);
        assertThat(read.grid().comment(BoussoleLever.P2_L3)).contains("Par le conseil citoyen.");
        assertThat(read.createdBy()).isEqualTo("a@exemple.fr");
        assertThat(read.updatedBy()).isEqualTo("a@exemple.fr");
        assertThat(assessments.of(lorient).get(0).id()).isEqualTo(id);

        assessments.update(read, input(title + " (revu)", "pleinement", Map.of()), "b@exemple.fr");
        Assessment edited = assessments.require(lorient, id);
        assertThat(edited.subject().title()).isEqualTo(title + " (revu)");
        assertThat(edited.grid()).isEqualTo(Grid.all(LeverAnswer.PLEINEMENT));
        assertThat(edited.createdBy()).isEqualTo("a@exemple.fr");
        assertThat(edited.updatedBy()).isEqualTo("b@exemple.fr");
        assertThat(edited.updatedAt()).isAfterOrEqualTo(read.updatedAt());

        assessments.delete(edited);
        assertThatThrownBy(() -> assessments.require(lorient, id)).isInstanceOf(NotFoundException.class);
        assertThat(assessments.of(lorient)).noneMatch(a -> a.id() == id);
    }

    @Test
    void aBadEditChangesNothing() {
        TerritorySummary lorient = territories.require(LORIENT_AGGLO);
        long id = assessments.create(
                lorient, input("Projet " + UUID.randomUUID(), "en-partie", Map.of()), "a@exemple.fr");
        Assessment before = assessments.require(lorient, id);
        Map<String, String> answers = AssessmentInputTest.every("pleinement");
        answers.remove("p4-l2");
        assertThatThrownBy(() -> assessments.update(
                        before, new AssessmentInput("Autre", "projet", null, answers, null), "b@exemple.fr"))
                .isInstanceOfSatisfying(
                        InvalidFieldsException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("p4-l2"));
        assertThat(assessments.require(lorient, id)).isEqualTo(before);
    }

    @Test
    void anotherTerritorysAssessmentIsUnknownHere() {
        long id = assessments.create(
                territories.require(LORIENT_AGGLO),
                input("Projet " + UUID.randomUUID(), "pleinement", Map.of()),
                "a@exemple.fr");
        assertThatThrownBy(() -> assessments.require(territories.require(BLAVET), id))
                .isInstanceOf(NotFoundException.class);
    }
}
