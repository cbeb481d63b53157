package fr.resilience360.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue's files are checked when read: an incoherent action is refused with a French message naming it. */
class CatalogueFilesTest {

    private final CatalogueFiles.Known known = ActionFixtures.known();

    @Test
    void readsEveryAxisInCatalogueOrder() {
        List<Axis> axes = CatalogueFiles.fromClasspath(known);

        assertThat(axes).extracting(Axis::id).containsExactlyElementsOf(CatalogueFiles.AXES);
        assertThat(axes).allSatisfy(axis -> assertThat(axis.title()).isNotBlank());
    }

    @Test
    void acceptsACompleteAction() {
        CatalogueFiles.check(ActionFixtures.action("une-action"), "test", known);
    }

    @Test
    void refusesAnUnknownNeedNamingTheAction() {
        CatalogueAction action = with(ActionFixtures.action("eau-inconnue"), List.of("bx9"), List.of());

        assertThatIllegalStateException()
                .isThrownBy(() -> CatalogueFiles.check(action, "eau.yaml, action « eau-inconnue »", known))
                .withMessage("Catalogue d'actions incohérent : eau.yaml, action « eau-inconnue » : besoin inconnu bx9");
    }

    @Test
    void refusesARowOfANeedTheActionDoesNotImprove() {
        CatalogueAction action = with(ActionFixtures.action("a"), List.of("bv1"), List.of("bv2_i01"));

        assertThatIllegalStateException()
                .isThrownBy(() -> CatalogueFiles.check(action, "a", known))
                .withMessageContaining("la ligne bv2_i01 ne relève d'aucun des besoins de l'action");
    }

    @Test
    void acceptsARowThatSitsUnderEveryNeed() {
        CatalogueFiles.check(with(ActionFixtures.action("a"), List.of("bv4"), List.of("bv1_i03")), "a", known);
    }

    @Test
    void refusesAnUnknownRowOrHazardOrAnActionWithoutReference() {
        CatalogueAction base = ActionFixtures.action("a");
        CatalogueAction unknownRow = with(base, base.needs(), List.of("bv2_i99"));
        CatalogueAction unknownHazard = new CatalogueAction(
                base.id(),
                base.title(),
                base.summary(),
                base.description(),
                base.needs(),
                base.rows(),
                List.of("meteorite"),
                base.levers(),
                base.cost(),
                base.delay(),
                base.difficulty(),
                base.cobenefits(),
                base.examples(),
                base.actors(),
                base.references());
        CatalogueAction noReference = new CatalogueAction(
                base.id(),
                base.title(),
                base.summary(),
                base.description(),
                base.needs(),
                base.rows(),
                base.hazards(),
                base.levers(),
                base.cost(),
                base.delay(),
                base.difficulty(),
                base.cobenefits(),
                base.examples(),
                base.actors(),
                List.of());

        assertThatIllegalStateException()
                .isThrownBy(() -> CatalogueFiles.check(unknownRow, "a", known))
                .withMessageEndingWith("ligne Diag360 inconnue bv2_i99");
        assertThatIllegalStateException()
                .isThrownBy(() -> CatalogueFiles.check(unknownHazard, "a", known))
                .withMessageEndingWith("aléa inconnu meteorite");
        assertThatIllegalStateException()
                .isThrownBy(() -> CatalogueFiles.check(noReference, "a", known))
                .withMessageEndingWith("aucune référence citée");
    }

    @Test
    void refusesAKeyWrittenTwiceInAFile() {
        assertThatIllegalStateException()
                .isThrownBy(() -> CatalogueFiles.readAxis("action/axe-cle-en-double.yaml", "eau"))
                .withMessageStartingWith("Catalogue d'actions illisible (action/axe-cle-en-double.yaml)")
                .withMessageContaining("orientations");
    }

    @Test
    void refusesAnIdUsedTwice() {
        Axis.Goal goal =
                new Axis.Goal("g", "Objectif", List.of(ActionFixtures.action("a"), ActionFixtures.action("a")));
        Axis axis = new Axis("eau", "Eau", "", List.of(new Axis.Orientation("o", "Orientation", List.of(goal))));

        assertThatIllegalStateException()
                .isThrownBy(() -> CatalogueFiles.validate(List.of(axis), known))
                .withMessageEndingWith("eau.yaml : identifiant en double a");
    }

    private static CatalogueAction with(CatalogueAction a, List<String> needs, List<String> rows) {
        return new CatalogueAction(
                a.id(),
                a.title(),
                a.summary(),
                a.description(),
                needs,
                rows,
                a.hazards(),
                a.levers(),
                a.cost(),
                a.delay(),
                a.difficulty(),
                a.cobenefits(),
                a.examples(),
                a.actors(),
                a.references());
    }
}
