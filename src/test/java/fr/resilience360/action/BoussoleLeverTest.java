package fr.resilience360.action;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.shared.Coded;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The Boussole's 18 levers: three per principle, and a neutral label where the reference gives no name. */
class BoussoleLeverTest {

    @Test
    void hasThreeLeversForEachOfTheSixPrinciples() {
        assertThat(BoussoleLever.values()).hasSize(18);
        assertThat(BoussolePrinciple.values())
                .allSatisfy(p -> assertThat(BoussoleLever.of(p)).hasSize(3));
    }

    @Test
    void aNamedLeverShowsItsNameAndAnUnknownOneANeutralLabel() {
        assertThat(BoussoleLever.P1_L1.label())
                .isEqualTo("Assurer une gouvernance partagée et la participation citoyenne");
        assertThat(BoussoleLever.P3_L2.label()).isEqualTo("Levier 3.2 (nom à confirmer)");
        assertThat(Arrays.stream(BoussoleLever.values()).filter(BoussoleLever::named))
                .hasSize(7);
    }

    @Test
    void aLeverIsFoundByItsCode() {
        assertThat(BoussoleLever.P4_L3.code()).isEqualTo("p4-l3");
        assertThat(Coded.find(BoussoleLever.class, "p4-l3")).contains(BoussoleLever.P4_L3);
    }

    @Test
    void aPrincipleWhoseTitleIsIncompleteSaysSo() {
        assertThat(BoussolePrinciple.P4.label()).isEqualTo("Robustesse et continuité (intitulé à confirmer)");
        assertThat(BoussolePrinciple.P1.label()).isEqualTo("Stratégies et gouvernances intégrées et adaptatives");
    }
}
