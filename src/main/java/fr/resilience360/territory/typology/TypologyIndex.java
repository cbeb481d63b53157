package fr.resilience360.territory.typology;

import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The typology of every commune and EPCI, computed at once from the communes' stored attributes and the division in
 * memory (≈ 36,000 territories: well under a second), and grouped by level and set of types for comparable territories.
 */
final class TypologyIndex {

    private static final Set<String> METROPOLES = Set.of("METRO", "MET69");

    private final Map<String, Typology> byId = new HashMap<>();
    private final Map<String, List<Typology>> byLevelAndTypes = new HashMap<>();

    static final Comparator<Typology> BY_POPULATION = Comparator.comparingDouble(TypologyIndex::logPopulation)
            .thenComparing(t -> t.territory().id());

    TypologyIndex(TerritoryDirectory directory, Collection<CommuneAttributes> rows) {
        Map<String, CommuneAttributes> attributes = new HashMap<>();
        rows.forEach(r -> attributes.put(r.code(), r));
        Map<String, List<String>> communesOf = directory.communesByParent();
        Set<String> inMetropole = new HashSet<>();
        for (TerritorySummary epci : directory.ofType(TerritoryType.EPCI))
            if (METROPOLES.contains(epci.nature())) inMetropole.addAll(communesOf.getOrDefault(epci.id(), List.of()));
        for (TerritorySummary commune : directory.ofType(TerritoryType.COMMUNE)) {
            CommuneAttributes a = attributes.get(commune.id());
            if (a != null) add(commune(commune, a, inMetropole.contains(commune.id())));
        }
        for (TerritorySummary epci : directory.ofType(TerritoryType.EPCI)) {
            List<EpciProfiles.Member> members = new ArrayList<>();
            for (String id : communesOf.getOrDefault(epci.id(), List.of()))
                directory.find(id).ifPresent(c -> {
                    CommuneAttributes a = attributes.get(id);
                    if (a != null) members.add(new EpciProfiles.Member(c, a));
                });
            if (!members.isEmpty()) add(epci(epci, EpciProfiles.of(members)));
        }
        byLevelAndTypes.values().forEach(group -> group.sort(BY_POPULATION));
    }

    static Typology commune(TerritorySummary commune, CommuneAttributes a, boolean inMetropole) {
        var facts = new TypologyRules.CommuneFacts(
                commune.population() == null ? 0 : commune.population(),
                a.density(),
                inMetropole,
                a.coastal(),
                a.inMountainZone(),
                a.zone());
        return new Typology(commune, a, null, TypologyRules.forCommune(facts));
    }

    static Typology epci(TerritorySummary epci, EpciProfile p) {
        var facts = new TypologyRules.EpciFacts(
                epci.nature(),
                p.mainCommune().name(),
                p.mainCommune().population() == null ? 0 : p.mainCommune().population(),
                p.urbanShare(),
                p.coastalPopulationShare(),
                p.mountainAreaShare(),
                p.overseasPopulationShare());
        return new Typology(epci, null, p, TypologyRules.forEpci(facts));
    }

    private void add(Typology t) {
        byId.put(t.territory().id(), t);
        byLevelAndTypes.computeIfAbsent(key(t), k -> new ArrayList<>()).add(t);
    }

    private static String key(Typology t) {
        return t.territory().type() + ":" + t.typeSet();
    }

    Optional<Typology> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Typology> ofType(ResilienceType type, TerritoryType level) {
        return byId.values().stream()
                .filter(t -> t.territory().type() == level && t.typeSet().contains(type))
                .toList();
    }

    int size() {
        return byId.size();
    }

    /**
     * Territories of the same level with exactly the same types, the closest in population first (by ratio: 20,000 is
     * as close to 10,000 as 40,000 is), at most {@code limit}; the territory itself left out. Each group is sorted by
     * population once, so this walks outwards from the territory's place in it.
     */
    List<Typology> similar(String id, int limit) {
        Typology t = byId.get(id);
        return t == null ? List.of() : closest(byLevelAndTypes.get(key(t)), t, limit);
    }

    /** The {@code limit} members of {@code group} (sorted by population, holding {@code t}) closest to {@code t}. */
    static List<Typology> closest(List<Typology> group, Typology t, int limit) {
        int at = Collections.binarySearch(group, t, BY_POPULATION);
        double population = logPopulation(t);
        List<Typology> out = new ArrayList<>();
        for (int below = at - 1, above = at + 1; out.size() < limit && (below >= 0 || above < group.size()); ) {
            boolean takeBelow = above >= group.size()
                    || (below >= 0
                            && population - logPopulation(group.get(below))
                                    <= logPopulation(group.get(above)) - population);
            out.add(group.get(takeBelow ? below-- : above++));
        }
        return out;
    }

    private static double logPopulation(Typology t) {
        Integer p = t.territory().population();
        return Math.log(1 + (p == null ? 0 : p));
    }
}
