package fr.resilience360.territory;

import fr.resilience360.shared.DatasetLoads;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The whole division in memory, for the modules that read many territories at once (aggregation, imports, rankings,
 * downloads, peers): they get it here instead of joining the territory tables in their own SQL. Read once, kept until
 * the division is reloaded; about 40,000 territories and 150,000 memberships.
 */
@Service
public class TerritoryDirectory {

    /** How long a snapshot is trusted before the loaded version of the division is read again. */
    static final long RECHECK_MILLIS = 5_000;

    private final TerritoryRepository repository;
    private final DatasetLoads loads;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    TerritoryDirectory(TerritoryRepository repository, DatasetLoads loads) {
        this.repository = repository;
        this.loads = loads;
    }

    private record Snapshot(
            String version,
            Map<String, TerritorySummary> byId,
            Map<TerritoryType, List<TerritorySummary>> byType,
            Map<String, List<String>> parents,
            Map<String, List<String>> members,
            Map<String, String> arrondissements) {}

    /** Forgets the snapshot after the division was (re)loaded. */
    void refresh() {
        snapshot = null;
    }

    /**
     * The version of the division the snapshot holds. A reload by this process is seen at once, one by another process
     * (the {@code import-territories} command while the server runs) within {@link #RECHECK_MILLIS}.
     */
    public String version() {
        return snapshot().version;
    }

    public Optional<TerritorySummary> find(String id) {
        return Optional.ofNullable(snapshot().byId.get(id));
    }

    /** The territories of a level, by id. */
    public List<TerritorySummary> ofType(TerritoryType type) {
        return snapshot().byType.getOrDefault(type, List.of());
    }

    /** The territories of these ids that exist, by id. */
    public Map<String, TerritorySummary> byIds(java.util.Collection<String> ids) {
        Map<String, TerritorySummary> all = snapshot().byId;
        return ids.stream()
                .filter(all::containsKey)
                .distinct()
                .collect(Collectors.toMap(Function.identity(), all::get));
    }

    /** For every territory larger than a commune, the ids of its member communes. */
    public Map<String, List<String>> communesByParent() {
        Snapshot s = snapshot();
        Map<String, List<String>> out = new HashMap<>();
        s.members.forEach((parent, members) -> {
            List<String> communes = members.stream()
                    .filter(m -> s.byId.get(m).type() == TerritoryType.COMMUNE)
                    .toList();
            if (!communes.isEmpty()) out.put(parent, communes);
        });
        return out;
    }

    /** The municipal arrondissements of Paris, Lyon and Marseille: their INSEE code → their commune's id. */
    public Map<String, String> arrondissements() {
        return snapshot().arrondissements;
    }

    /**
     * The département a territory belongs to: a commune's own, the one holding most of an EPCI's population; a
     * département, région or France is its own answer.
     */
    public TerritorySummary mainDepartement(TerritorySummary territory) {
        Snapshot s = snapshot();
        return switch (territory.type()) {
            case DEPARTEMENT, REGION, PAYS -> territory;
            case COMMUNE ->
                parentOfType(s, territory.id(), TerritoryType.DEPARTEMENT)
                        .findFirst()
                        .orElse(territory);
            case EPCI ->
                mainDepartement(s, s.members.getOrDefault(territory.id(), List.of()))
                        .orElse(territory);
        };
    }

    /** The département holding most of these communes' population (a group of communes); empty when none is known. */
    public Optional<TerritorySummary> mainDepartement(java.util.Collection<String> communeIds) {
        return mainDepartement(snapshot(), communeIds);
    }

    private Optional<TerritorySummary> mainDepartement(Snapshot s, java.util.Collection<String> communeIds) {
        Map<String, Long> population = new HashMap<>();
        for (String commune : communeIds) {
            TerritorySummary c = s.byId.get(commune);
            if (c == null || c.type() != TerritoryType.COMMUNE) continue;
            parentOfType(s, commune, TerritoryType.DEPARTEMENT)
                    .forEach(d -> population.merge(d.id(), (long) populationOf(c), Long::sum));
        }
        return population.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> s.byId.get(e.getKey()));
    }

    /**
     * The territories compared with this one: same type and nature, sharing its département (its région for a
     * département, France for a région), the territory itself included.
     */
    public List<TerritorySummary> peers(TerritorySummary territory) {
        Snapshot s = snapshot();
        TerritoryType group = switch (territory.type()) {
            case COMMUNE, EPCI -> TerritoryType.DEPARTEMENT;
            case DEPARTEMENT -> TerritoryType.REGION;
            case REGION, PAYS -> TerritoryType.PAYS;
        };
        Set<String> peers = new LinkedHashSet<>();
        parentOfType(s, territory.id(), group)
                .forEach(g -> s.members.getOrDefault(g.id(), List.of()).stream()
                        .map(s.byId::get)
                        .filter(t -> t.type() == territory.type()
                                && java.util.Objects.equals(t.nature(), territory.nature()))
                        .forEach(t -> peers.add(t.id())));
        return peers.stream().map(s.byId::get).toList();
    }

    private static java.util.stream.Stream<TerritorySummary> parentOfType(Snapshot s, String id, TerritoryType type) {
        return s.parents.getOrDefault(id, List.of()).stream()
                .map(s.byId::get)
                .filter(p -> p.type() == type)
                .sorted(Comparator.comparing(TerritorySummary::id));
    }

    private static int populationOf(TerritorySummary t) {
        return t.population() == null ? 0 : t.population();
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s != null && System.currentTimeMillis() - checkedAt > RECHECK_MILLIS) {
            checkedAt = System.currentTimeMillis();
            if (!s.version.equals(loadedVersion())) s = snapshot = null;
        }
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = read();
                    checkedAt = System.currentTimeMillis();
                }
                s = snapshot;
            }
        }
        return s;
    }

    private String loadedVersion() {
        return loads.loadedVersion(DivisionImport.DATASET).orElse("");
    }

    private Snapshot read() {
        String version = loadedVersion();
        Map<String, TerritorySummary> byId = new HashMap<>();
        Map<TerritoryType, List<TerritorySummary>> byType = new HashMap<>();
        for (TerritorySummary t : repository.allSummaries()) {
            byId.put(t.id(), t);
            byType.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
        }
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, List<String>> members = new HashMap<>();
        for (Map.Entry<String, String> m : repository.allMemberships()) {
            if (!byId.containsKey(m.getKey()) || !byId.containsKey(m.getValue())) continue;
            parents.computeIfAbsent(m.getKey(), k -> new ArrayList<>()).add(m.getValue());
            members.computeIfAbsent(m.getValue(), k -> new ArrayList<>()).add(m.getKey());
        }
        byType.replaceAll((k, v) -> List.copyOf(v));
        return new Snapshot(
                version,
                Map.copyOf(byId),
                Map.copyOf(byType),
                freeze(parents),
                freeze(members),
                Map.copyOf(repository.arrondissements()));
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> map) {
        Map<String, List<String>> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
