package fr.resilience360.territory.typology;

import fr.resilience360.shared.DatasetLoads;
import fr.resilience360.shared.PerVersion;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritoryType;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The typology of communes and EPCI (density, aire d'attraction, mountain, coast, ANCT programmes, the six « Villes et
 * territoires résilients » types) and comparable territories. Computed once per version of the division and of the
 * typology files, in memory.
 */
@Service
public class TerritoryTypologies {

    private static final Logger log = LoggerFactory.getLogger(TerritoryTypologies.class);

    private final TerritoryDirectory directory;
    private final TypologyRepository repository;
    private final DatasetLoads loads;
    private final PerVersion<TypologyIndex> index = new PerVersion<>();

    TerritoryTypologies(TerritoryDirectory directory, TypologyRepository repository, DatasetLoads loads) {
        this.directory = directory;
        this.repository = repository;
        this.loads = loads;
    }

    /** The version of the loaded typology files: it changes when they are reloaded. */
    public String version() {
        return loads.fingerprint(TypologyImport.DATASET);
    }

    /** The typology of a commune or an EPCI; empty for other levels and for territories the files do not cover. */
    public Optional<Typology> of(String territoryId) {
        return index().get(territoryId);
    }

    /**
     * Territories of the same level with exactly the same types, the closest in population first, at most
     * {@code limit}, the territory itself left out; empty when it has no typology.
     */
    public List<Typology> similar(String territoryId, int limit) {
        return index().similar(territoryId, limit);
    }

    /** The communes or EPCI (by {@code level}) that have a type, in no particular order. */
    public List<Typology> ofType(ResilienceType type, TerritoryType level) {
        return index().ofType(type, level);
    }

    /** The typology section of a territory's page, with at most {@code comparables} comparable territories. */
    public Optional<TypologySection> section(String territoryId, int comparables) {
        return of(territoryId).map(t -> TypologySection.of(t, similar(territoryId, comparables)));
    }

    private TypologyIndex index() {
        return index.get(directory.version() + "/" + version(), this::compute);
    }

    private TypologyIndex compute() {
        long start = System.nanoTime();
        TypologyIndex computed = new TypologyIndex(directory, repository.all());
        log.info(
                "Typologie calculée : {} communes et EPCI en {} ms",
                computed.size(),
                (System.nanoTime() - start) / 1_000_000);
        return computed;
    }
}
