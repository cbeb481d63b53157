package fr.resilience360.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ImportsPageTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theImportsPageListsLoadedDatasetsWithVersionsAndCounts() {
        assertThat(mvc.get().uri("/admin/imports"))
                .hasStatusOk()
                .bodyText()
                .contains("Imports de l'observatoire", "insee-bpe", "aggregates", "Progression");
        assertThat(mvc.get().uri("/admin/imports/progression"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"progression\"");
    }
}
