package fr.resilience360.action.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.action.ActionFixtures;
import fr.resilience360.action.Axis;
import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueFiles;
import fr.resilience360.action.CoBenefit;
import fr.resilience360.action.CostRange;
import fr.resilience360.shared.BadParameterException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue's filters and search, as the page and the API read them. */
class ActionFilterTest {

    private static final CatalogueFiles.Known KNOWN = ActionFixtures.known();

    /** « Titre de jardins-partages », about « Se nourrir » (bv2), levier 1.1, sécheresse, < 10 k€, santé. */
    private static final Catalogue.Placement JARDINS = place(ActionFixtures.action("jardins-partages"));

    @Test
    void noFilterLetsEveryActionThrough() {
        ActionFilter filter = ActionFilter.parse(ActionFilter.Params.NONE, KNOWN);

        assertThat(filter).isEqualTo(ActionFilter.NONE);
        assertThat(filter.any()).isFalse();
        assertThat(filter.matches(JARDINS)).isTrue();
    }

    @ParameterizedTest(name = "« {0} » trouve l'action dont la description est « Description de jardins-partages »")
    @CsvSource({"description", "DESCRIPTION", "Déscription", "jardins partages", "  résumé   JARDINS "})
    void searchIgnoresCaseAccentsAndPunctuationAndWantsEveryWord(String query) {
        assertThat(filter(params(null, null, null, null, query)).matches(JARDINS))
                .isTrue();
    }

    @Test
    void searchWantsEveryWordOfTheQuery() {
        assertThat(filter(params(null, null, null, null, "jardins compost")).matches(JARDINS))
                .isFalse();
    }

    @Test
    void filtersCombineAndEachMustHold() {
        assertThat(filter(params("alimentaire", "bv2", "p1-l1", "10k-100k", null))
                        .matches(JARDINS))
                .as("the action costs less than 10 k€")
                .isFalse();
        ActionFilter all = filter(params("alimentaire", "bv2", "p1-l1", "moins-10k", null));
        assertThat(all.matches(JARDINS)).isTrue();
        assertThat(all.lever()).isEqualTo(BoussoleLever.P1_L1);
        assertThat(all.cost()).isEqualTo(CostRange.MOINS_10K);
        assertThat(all.asParams())
                .containsExactly(
                        java.util.Map.entry("axe", "alimentaire"),
                        java.util.Map.entry("besoin", "bv2"),
                        java.util.Map.entry("levier", "p1-l1"),
                        java.util.Map.entry("cout", "moins-10k"));
        assertThat(filter(params("eau", null, null, null, null)).matches(JARDINS))
                .isFalse();
    }

    @Test
    void hazardAndCobenefitFilterOnTheActionsLists() {
        ActionFilter.Params drought =
                new ActionFilter.Params(null, null, null, "secheresse", null, null, null, "sante", null);
        ActionFilter.Params heat = new ActionFilter.Params(null, null, null, "canicule", null, null, null, null, null);

        assertThat(filter(drought).matches(JARDINS)).isTrue();
        assertThat(filter(drought).cobenefit()).isEqualTo(CoBenefit.SANTE);
        assertThat(filter(heat).matches(JARDINS)).isFalse();
    }

    @ParameterizedTest(name = "{0}={1} est refusé en nommant le paramètre")
    @CsvSource({
        "axe, agriculture",
        "besoin, bv9",
        "levier, P1_L1",
        "alea, meteorite",
        "cout, gratuit",
        "delai, demain",
        "difficulte, impossible",
        "cobenefice, bonheur"
    })
    void anUnknownValueIsRefusedInFrenchNamingTheParameter(String name, String value) {
        ActionFilter.Params p = new ActionFilter.Params(
                name.equals("axe") ? value : null,
                name.equals("besoin") ? value : null,
                name.equals("levier") ? value : null,
                name.equals("alea") ? value : null,
                name.equals("cout") ? value : null,
                name.equals("delai") ? value : null,
                name.equals("difficulte") ? value : null,
                name.equals("cobenefice") ? value : null,
                null);

        assertThatThrownBy(() -> ActionFilter.parse(p, KNOWN))
                .isInstanceOfSatisfying(
                        BadParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(name))
                .hasMessageStartingWith("Le paramètre « " + name + " » doit être");
    }

    private static ActionFilter filter(ActionFilter.Params p) {
        return ActionFilter.parse(p, KNOWN);
    }

    private static ActionFilter.Params params(String axe, String besoin, String levier, String cout, String q) {
        return new ActionFilter.Params(axe, besoin, levier, null, cout, null, null, null, q);
    }

    private static Catalogue.Placement place(fr.resilience360.action.CatalogueAction action) {
        Axis.Goal goal = new Axis.Goal("g", "Objectif", List.of(action));
        Axis.Orientation orientation = new Axis.Orientation("o", "Orientation", List.of(goal));
        Axis axis = new Axis("alimentaire", "Résilience alimentaire", "", List.of(orientation));
        return new Catalogue.Placement(action, axis, orientation, goal, false);
    }
}
