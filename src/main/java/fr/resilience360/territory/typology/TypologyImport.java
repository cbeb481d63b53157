package fr.resilience360.territory.typology;

import fr.resilience360.shared.DatasetLoads;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Loads the bundled typology files into {@code territory.commune_typology}, all or nothing, in one transaction;
 * skipped when the files' checksum is already loaded.
 */
@Service
class TypologyImport {

    static final String DATASET = "cog-2025-typologie-communes";

    private final TypologyRepository repository;
    private final DatasetLoads loads;

    TypologyImport(TypologyRepository repository, DatasetLoads loads) {
        this.repository = repository;
        this.loads = loads;
    }

    String bundledVersion() {
        return DatasetLoads.checksum(TypologyFiles.all());
    }

    boolean isUpToDate() {
        return loads.isLoaded(DATASET, bundledVersion());
    }

    void load(Consumer<String> progress) {
        progress.accept("Lecture de la typologie des communes (densité, aires d'attraction, montagne, littoral)…");
        List<CommuneAttributes> communes = new TypologyFiles().read();
        repository.replace(communes, DATASET, bundledVersion());
        progress.accept("Typologie chargée : " + communes.size() + " communes.");
    }
}
