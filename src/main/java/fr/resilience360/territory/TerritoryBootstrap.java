package fr.resilience360.territory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server or of any command, loads the bundled division; later starts skip it unless
 * the bundled files changed. Runs before the other modules' bundled data, which refer to territories.
 */
@Component
@Order(10)
class TerritoryBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TerritoryBootstrap.class);

    private final DivisionImport divisionImport;

    TerritoryBootstrap(DivisionImport divisionImport) {
        this.divisionImport = divisionImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (divisionImport.isUpToDate()) return;
        divisionImport.load(log::info);
    }
}
