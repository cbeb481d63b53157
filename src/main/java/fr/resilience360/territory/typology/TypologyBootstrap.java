package fr.resilience360.territory.typology;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the communes' typology on the first start, right after the division; later starts skip it. */
@Component
@Order(11)
class TypologyBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TypologyBootstrap.class);

    private final TypologyImport typologyImport;

    TypologyBootstrap(TypologyImport typologyImport) {
        this.typologyImport = typologyImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (typologyImport.isUpToDate()) return;
        typologyImport.load(log::info);
    }
}
