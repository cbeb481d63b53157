package fr.resilience360.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.shared.AdminCommand;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What {@code help} reads without Spring is what the application's commands say once created: the metadata methods
 * return constants, as {@link AdminCommand} requires.
 */
@IntegrationTest
class CommandCatalogTest {

    @Autowired
    List<AdminCommand> beans;

    private final CommandCatalog catalog = CommandCatalog.scan("fr.resilience360");

    @Test
    void everyCommandThatNeedsDataIsABeanDescribedAsTheCatalogSays() {
        List<String> described = catalog.entries().stream()
                .filter(CommandCatalog.Entry::needsData)
                .map(e -> e.usage() + " : " + e.description())
                .toList();

        assertThat(beans)
                .allMatch(AdminCommand::needsData)
                .extracting(c -> (c.name() + " " + c.arguments()).trim() + " : " + c.description())
                .containsExactlyInAnyOrderElementsOf(described)
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyCommandThatNeedsNoDataIsCreatedWithoutSpring() throws Exception {
        List<CommandCatalog.Entry> immediate =
                catalog.entries().stream().filter(e -> !e.needsData()).toList();

        assertThat(immediate).extracting(CommandCatalog.Entry::name).contains("score-workbook");
        for (CommandCatalog.Entry entry : immediate) {
            assertThat(entry.create().name()).isEqualTo(entry.name());
        }
    }
}
