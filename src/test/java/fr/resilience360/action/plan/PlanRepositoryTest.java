package fr.resilience360.action.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** The plan's storage: every change with its history in one transaction, stale and broken changes leave nothing. */
@IntegrationTest
class PlanRepositoryTest {

    /** Lorient (commune): the plan tests of other classes use CA Lorient Agglomération. */
    static final String LORIENT = "56121";

    @Autowired
    Plans plans;

    @Autowired
    PlanActionRepository actions;

    @Autowired
    PlanHistoryRepository history;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Territories territories;

    TerritorySummary lorient() {
        return territories.require(LORIENT);
    }

    static ActionInput custom(String title) {
        return new ActionInput(
                title,
                "Essai",
                "en-cours",
                "2026-01-01",
                "2026-06-30",
                null,
                "Mme Essai",
                null,
                null,
                null,
                List.of("bv1"),
                List.of("p1-l1"),
                "moins-10k",
                "faible",
                "court",
                List.of("climat"));
    }

    @Test
    void aCustomActionIsStoredWithItsCreationAndFieldsInTheHistory() {
        String title = "Action " + UUID.randomUUID();
        PlanAction added = plans.add(lorient(), null, null, custom(title), "editeur@exemple.fr");
        assertThat(added.custom()).isTrue();
        assertThat(added.fields().title()).isEqualTo(title);
        assertThat(added.fields().pilotName()).isEqualTo("Mme Essai");
        assertThat(history.of(added.planId(), added.id(), 50))
                .extracting(Details.Change::field)
                .contains("creation", "titre", "statut", "echeance", "besoins");
    }

    @Test
    void anActionFromTheCatalogueKeepsItsIdAndCopiesItsTraits() {
        CatalogueAction source = catalogue.actions().get(0);
        PlanAction added = plans.add(lorient(), source.id(), null, null, "editeur@exemple.fr");
        assertThat(added.catalogueId()).isEqualTo(source.id());
        assertThat(added.fields().title()).isEqualTo(source.title());
        assertThat(added.fields().traits()).isEqualTo(Traits.of(source));
        assertThat(plans.catalogueIds(LORIENT)).contains(source.id());
    }

    @Test
    void aChangeIsKeptWithWhoChangedWhatBeforeAndAfter() {
        PlanAction added = plans.add(lorient(), null, null, custom("Avant " + UUID.randomUUID()), "a@exemple.fr");
        ActionInput change = new ActionInput(
                null, null, "realise", null, null, null, null, null, null, null, null, null, null, null, null, null);
        PlanAction changed = plans.update(lorient(), added, added.version(), change, "b@exemple.fr");
        assertThat(changed.version()).isEqualTo(added.version() + 1);
        assertThat(changed.fields().status()).isEqualTo(PlanStatus.REALISE);
        assertThat(changed.fields().title()).isEqualTo(added.fields().title());
        Details.Change last = history.of(added.planId(), added.id(), 1).get(0);
        assertThat(last.field()).isEqualTo("statut");
        assertThat(last.before()).isEqualTo("en-cours");
        assertThat(last.after()).isEqualTo("realise");
        assertThat(last.by()).isEqualTo("b@exemple.fr");
    }

    @Test
    void aStaleChangeIsRefusedAndWritesNothing() {
        PlanAction added = plans.add(lorient(), null, null, custom("Périmée " + UUID.randomUUID()), "a@exemple.fr");
        int before = history.of(added.planId(), added.id(), 100).size();
        ActionInput change = new ActionInput(
                "Nouveau titre",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        plans.update(lorient(), added, added.version(), change, "b@exemple.fr");
        assertThatThrownBy(() -> actions.update(
                        added,
                        added.version(),
                        added.fields(),
                        List.of(new FieldChanges.Changed("titre", "x", "y")),
                        "c@exemple.fr"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("modifiée entre-temps");
        assertThat(history.of(added.planId(), added.id(), 100)).hasSize(before + 1);
    }

    @Test
    void aChangeTheDatabaseRefusesLeavesNeitherTheChangeNorItsHistory() {
        PlanAction added = plans.add(lorient(), null, null, custom("Refus " + UUID.randomUUID()), "a@exemple.fr");
        int before = history.of(added.planId(), added.id(), 100).size();
        ActionFields broken = new ActionFields(
                "Cassée",
                "",
                PlanStatus.EN_COURS,
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 1, 1),
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> actions.update(
                        added,
                        added.version(),
                        broken,
                        List.of(new FieldChanges.Changed("titre", added.fields().title(), "Cassée")),
                        "b@exemple.fr"))
                .isInstanceOf(DataIntegrityViolationException.class);
        PlanAction now = actions.find(added.planId(), added.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(added.version());
        assertThat(now.fields().title()).isEqualTo(added.fields().title());
        assertThat(history.of(added.planId(), added.id(), 100)).hasSize(before);
    }

    @Test
    void aSubActionCannotHaveSubActionsByTheRulesNorInTheDatabase() {
        PlanAction parent = plans.add(lorient(), null, null, custom("Parent " + UUID.randomUUID()), "a@exemple.fr");
        PlanAction child = plans.add(lorient(), null, parent.id(), custom("Enfant"), "a@exemple.fr");
        assertThat(child.parentId()).isEqualTo(parent.id());
        assertThatThrownBy(() -> plans.add(lorient(), null, child.id(), custom("Petit-enfant"), "a@exemple.fr"))
                .isInstanceOf(InvalidFieldsException.class)
                .satisfies(
                        e -> assertThat(((InvalidFieldsException) e).fields()).containsKey("parent"));
        assertThatThrownBy(() -> actions.insert(child.planId(), child.id(), null, child.fields(), List.of(), "x"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("une sous-action ne peut pas avoir de sous-action");
    }

    @Test
    void badFieldsAreEachNamed() {
        ActionInput bad = new ActionInput(
                "",
                null,
                "en-retard",
                "demain",
                null,
                "inconnu@exemple.fr",
                null,
                null,
                null,
                new ActionInput.JustificationInput("rumeur", null, null),
                List.of("bv99"),
                List.of("p9-l9"),
                "gratuit",
                null,
                null,
                null);
        assertThatThrownBy(() -> plans.add(lorient(), null, null, bad, "a@exemple.fr"))
                .isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(((InvalidFieldsException) e).fields())
                        .containsOnlyKeys(
                                "titre",
                                "statut",
                                "debut",
                                "pilote",
                                "besoins",
                                "leviers",
                                "cout",
                                "justification.type"));
    }
}
