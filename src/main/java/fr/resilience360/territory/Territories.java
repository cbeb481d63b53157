package fr.resilience360.territory;

import fr.resilience360.shared.Paging;
import fr.resilience360.shared.PerVersion;
import fr.resilience360.shared.SearchText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** Finds territories: by code, by search, with their parents, members and boundaries. */
@Service
public class Territories {

    public static final int MAX_RESULTS = 100;

    private final TerritoryRepository repository;
    private final TerritoryDirectory directory;
    private volatile SearchIndex searchIndex;
    /** The pages' territory details read for the current version of the division: it changes only when reloaded. */
    private final PerVersion<Map<String, Optional<TerritoryDetail>>> details = new PerVersion<>();

    Territories(TerritoryRepository repository, TerritoryDirectory directory) {
        this.repository = repository;
        this.directory = directory;
    }

    /** Rebuilds the search index from the database, after the division was (re)loaded. */
    void refreshSearchIndex() {
        searchIndex = new SearchIndex(repository.searchEntries());
    }

    private SearchIndex searchIndex() {
        SearchIndex index = searchIndex;
        if (index == null) {
            synchronized (this) {
                if (searchIndex == null) refreshSearchIndex();
                index = searchIndex;
            }
        }
        return index;
    }

    public Optional<TerritorySummary> find(String id) {
        return directory.find(id);
    }

    /**
     * What a code designates: the territory with this identifier (56121, 200042174, dep-56, reg-53, FR), else the one
     * territory with this official code (56 → dep-56), else {@link TerritoryResolution.Unknown}, or
     * {@link TerritoryResolution.Ambiguous} when several levels share the official code (53: Bretagne and Mayenne).
     */
    public TerritoryResolution lookUp(String code) {
        List<TerritorySummary> found = candidates(code);
        if (found.isEmpty()) return new TerritoryResolution.Unknown(code);
        if (found.size() > 1) return new TerritoryResolution.Ambiguous(code, found);
        return new TerritoryResolution.Found(found.get(0));
    }

    /**
     * The one territory a code designates (see {@link #lookUp}). For controllers and commands: the exceptions carry
     * French messages; under {@code /api/v1} the web shell turns them into RFC 9457 problems (404 for an unknown code,
     * 400 for an ambiguous one), so a controller just calls {@code territories.require(code)}.
     *
     * @throws UnknownTerritoryException when no territory has this code
     * @throws AmbiguousTerritoryException when several territories have this official code
     */
    public TerritorySummary require(String code) {
        TerritoryResolution resolution = lookUp(code);
        if (resolution instanceof TerritoryResolution.Found found) return found.territory();
        if (resolution instanceof TerritoryResolution.Ambiguous ambiguous)
            throw new AmbiguousTerritoryException(code, ambiguous.candidates());
        throw new UnknownTerritoryException(code);
    }

    private List<TerritorySummary> candidates(String code) {
        return directory.find(code).map(List::of).orElseGet(() -> repository.withCode(code));
    }

    /**
     * The version of the division in use: it changes when the division is reloaded (seen within seconds when another
     * process reloads it).
     */
    public String version() {
        return directory.version();
    }

    /** A territory with its codes, parents, members and secondary communes; read once per version of the division. */
    public Optional<TerritoryDetail> detail(String id) {
        return details.get(directory.version(), ConcurrentHashMap::new).computeIfAbsent(id, this::readDetail);
    }

    private Optional<TerritoryDetail> readDetail(String id) {
        return repository.find(id).map(row -> {
            TerritoryType type = row.summary().type();
            return new TerritoryDetail(
                    row.summary(),
                    row.siren(),
                    row.postalCodes(),
                    row.zone(),
                    repository.parents(id),
                    memberType(type).map(t -> repository.members(id, t)).orElse(List.of()),
                    type == TerritoryType.DEPARTEMENT ? repository.members(id, TerritoryType.EPCI) : List.of(),
                    type == TerritoryType.COMMUNE ? repository.secondary(id) : List.of());
        });
    }

    /**
     * Searches by name (accents, case and hyphens ignored; every word must start a word of the name), INSEE code,
     * SIREN or postal code.
     */
    public List<SearchResult> search(String query, TerritoryType type, int limit) {
        String raw = query == null ? "" : query.trim();
        List<String> words = SearchText.words(raw);
        if (words.isEmpty()) return List.of();
        return searchIndex().search(raw, SearchText.normalize(raw), words, type, Math.min(limit, MAX_RESULTS));
    }

    /** One page of the territories of a level, ordered by identifier (for whole lists in the API). */
    public List<TerritorySummary> list(TerritoryType type, Paging paging) {
        return repository.ofType(type, paging.offset(), paging.limit());
    }

    public long count(TerritoryType type) {
        return repository.count(type);
    }

    public Map<TerritoryType, Long> countByType() {
        return repository.countByType();
    }

    /** The GeoJSON geometry of a territory's outline, when the bundled boundaries have one. */
    public Optional<String> boundary(String id) {
        return repository.boundary(id);
    }

    /**
     * A GeoJSON FeatureCollection: the territory's outline (property {@code role} = "territoire") and its
     * members' outlines ({@code role} = "membre").
     */
    public Optional<String> map(String id) {
        return repository.find(id).map(row -> {
            StringBuilder features = new StringBuilder();
            repository
                    .boundary(id)
                    .ifPresent(g -> append(
                            features, id, row.summary().name(), row.summary().population(), "territoire", g));
            memberType(row.summary().type())
                    .ifPresent(t -> repository
                            .memberBoundaries(id, t)
                            .forEach(m -> append(features, m.id(), m.name(), m.population(), "membre", m.geometry())));
            return "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}";
        });
    }

    private static void append(
            StringBuilder out, String id, String name, Integer population, String role, String geometry) {
        if (!out.isEmpty()) out.append(',');
        out.append("{\"type\":\"Feature\",\"properties\":{\"id\":\"")
                .append(id)
                .append("\",\"nom\":\"")
                .append(name.replace("\\", "\\\\").replace("\"", "\\\""))
                .append("\",\"population\":")
                .append(population)
                .append(",\"role\":\"")
                .append(role)
                .append("\"},\"geometry\":")
                .append(geometry)
                .append('}');
    }

    /** The type of a territory's direct members: France → régions → départements → communes; EPCI → communes. */
    static Optional<TerritoryType> memberType(TerritoryType type) {
        return switch (type) {
            case PAYS -> Optional.of(TerritoryType.REGION);
            case REGION -> Optional.of(TerritoryType.DEPARTEMENT);
            case DEPARTEMENT, EPCI -> Optional.of(TerritoryType.COMMUNE);
            case COMMUNE -> Optional.empty();
        };
    }
}
