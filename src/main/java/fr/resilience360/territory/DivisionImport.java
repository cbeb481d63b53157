package fr.resilience360.territory;

import fr.resilience360.shared.DatasetLoads;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Loads the administrative division and the boundaries into the database, all or nothing, in one transaction.
 * Idempotent: rows are upserted only when they differ and rows absent from the files are removed, so loading
 * the same files twice changes nothing.
 */
@Service
public class DivisionImport {

    static final String DATASET = "cog-2025-decoupage-administratif";

    private final DivisionRepository repository;
    private final DatasetLoads loads;
    private final TerritoryDirectory directory;

    DivisionImport(DivisionRepository repository, DatasetLoads loads, TerritoryDirectory directory) {
        this.repository = repository;
        this.loads = loads;
        this.directory = directory;
    }

    /** The version of the bundled files: a checksum of their bytes. */
    public String bundledVersion() {
        List<Resource> files = new ArrayList<>(List.of(DivisionFiles.all()));
        files.addAll(List.of(BoundaryFiles.all()));
        return DatasetLoads.checksum(files.toArray(Resource[]::new));
    }

    public boolean isUpToDate() {
        return loads.isLoaded(DATASET, bundledVersion());
    }

    /** Loads (or reloads) the bundled division; {@code progress} receives one French line per step. */
    public Division load(Consumer<String> progress) {
        progress.accept("Lecture du découpage administratif (COG 2025)…");
        Division division = new DivisionFiles().read();
        String version = bundledVersion();
        repository.replace(division, version, progress);
        directory.refresh();
        progress.accept(String.format(
                "Découpage chargé : %d communes, %d EPCI, %d départements, %d régions.",
                division.count(TerritoryType.COMMUNE),
                division.count(TerritoryType.EPCI),
                division.count(TerritoryType.DEPARTEMENT),
                division.count(TerritoryType.REGION)));
        return division;
    }
}
