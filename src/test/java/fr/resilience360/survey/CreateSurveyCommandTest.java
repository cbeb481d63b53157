package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** {@code create-survey TERRITORY TEMPLATE} prints what the API answers, and refuses an unknown template. */
@IntegrationTest
class CreateSurveyCommandTest {

    @Autowired
    List<AdminCommand> commands;

    @Autowired
    JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void opensASurveyOfTheTerritoryAndPrintsItsIdTokenAndLink() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = command().run(List.of("dep-56", "entreprises"), new PrintStream(out, true), System.err);

        assertThat(status).isZero();
        Map<String, Object> printed = (Map<String, Object>)
                JsonMapper.builder().build().readValue(out.toString(StandardCharsets.UTF_8), Map.class);
        assertThat(printed.keySet()).containsExactlyInAnyOrder("id", "token", "lien");
        assertThat(jdbc.sql("select territory_id || ' ' || template || ' ' || created_by from survey.survey"
                                + " where token = ?")
                        .param(printed.get("token"))
                        .query(String.class)
                        .single())
                .isEqualTo("dep-56 entreprises ligne de commande");
    }

    @Test
    void refusesAnUnknownTemplateWithItsUsage() {
        assertThatThrownBy(() -> command().run(List.of("dep-56", "sondage"), System.out, System.err))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("modèles : habitants, elus, entreprises");
    }

    private AdminCommand command() {
        return commands.stream()
                .filter(c -> c.name().equals("create-survey"))
                .findFirst()
                .orElseThrow();
    }
}
