package fr.resilience360;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyUseTheirAllowedDependencies() {
        ApplicationModules.of(Resilience360Application.class).verify();
    }
}
