package fr.resilience360.action;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.referential.Referentials;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the issue asks of the shipped catalogue: at least 60 actions, every need served, sources cited. */
class CatalogueContentTest {

    private final List<CatalogueAction> actions = CatalogueFiles.fromClasspath(ActionFixtures.known()).stream()
            .flatMap(axis -> axis.actions().stream())
            .toList();

    @Test
    void hasAtLeastSixtyActions() {
        assertThat(actions).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void everyNeedIsTheMainNeedOfAtLeastThreeActions() {
        Map<String, Long> byMainNeed =
                actions.stream().collect(Collectors.groupingBy(a -> a.needs().get(0), Collectors.counting()));

        new Referentials()
                .byId(Referentials.DIAG360)
                .needs()
                .forEach(need -> assertThat(byMainNeed.getOrDefault(need.id(), 0L))
                        .as("actions dont « %s » est le besoin principal", need.name())
                        .isGreaterThanOrEqualTo(3));
    }

    @Test
    void everyAxisHoldsActionsAndEveryActionCitesASource() {
        CatalogueFiles.fromClasspath(ActionFixtures.known())
                .forEach(axis -> assertThat(axis.actions()).as(axis.id()).hasSizeGreaterThanOrEqualTo(5));
        assertThat(actions).allSatisfy(a -> assertThat(a.references()).isNotEmpty());
    }

    @Test
    void titlesAreDistinct() {
        Map<String, Long> titles =
                actions.stream().collect(Collectors.groupingBy(CatalogueAction::title, Collectors.counting()));

        assertThat(titles)
                .allSatisfy((title, count) -> assertThat(count).as(title).isEqualTo(1));
    }

    @Test
    void examplesNameTheirSource() {
        assertThat(actions.stream().flatMap(a -> a.examples().stream()))
                .allSatisfy(e -> assertThat(e.source()).isNotBlank());
    }
}
