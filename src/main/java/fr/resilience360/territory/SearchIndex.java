package fr.resilience360.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The territories and secondary territories held in memory for search (≈ 39,000 short entries, a few MB), so a
 * query costs about a millisecond instead of a table scan and a database round trip. Built from the database
 * and rebuilt after each load of the division.
 *
 * <p>Rules: a name matches when each query word starts a word of the name (accents, case and punctuation
 * ignored, see {@link fr.resilience360.shared.SearchText}); a code, identifier, SIREN or postal code matches when
 * equal to the query. Ranking: exact code first, then exact name, then name starting with the query, then
 * larger population; secondary territories after territories of the same match.
 */
final class SearchIndex {

    record Entry(
            String id,
            String code,
            String label,
            TerritoryType type,
            String nature,
            Integer population,
            String context,
            String searchKey,
            Set<String> exactKeys,
            boolean secondary) {

        /** The search key with a leading space, so " word" finds words that start with it. */
        String spacedKey() {
            return " " + searchKey;
        }
    }

    private record Hit(Entry entry, int matchRank) {}

    private static final Comparator<Hit> RANKING = Comparator.comparingInt(Hit::matchRank)
            .thenComparing(h -> h.entry().secondary())
            .thenComparing(h -> h.entry().population() == null ? 0 : h.entry().population(), Comparator.reverseOrder())
            .thenComparing(h -> h.entry().label());

    private final List<Entry> entries;
    private final String[] spacedKeys;

    SearchIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.spacedKeys = entries.stream().map(Entry::spacedKey).toArray(String[]::new);
    }

    int size() {
        return entries.size();
    }

    List<SearchResult> search(String raw, String key, List<String> words, TerritoryType type, int limit) {
        String[] needles = words.stream().map(w -> " " + w).toArray(String[]::new);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < spacedKeys.length; i++) {
            Entry e = entries.get(i);
            if (type != null && e.type() != type) continue;
            boolean exact = e.exactKeys().contains(raw);
            if (exact || containsAll(spacedKeys[i], needles)) hits.add(new Hit(e, matchRank(e, exact, key)));
        }
        return hits.stream()
                .sorted(RANKING)
                .limit(limit)
                .map(SearchIndex::result)
                .toList();
    }

    private static boolean containsAll(String haystack, String[] needles) {
        for (String needle : needles) {
            if (!haystack.contains(needle)) return false;
        }
        return true;
    }

    private static int matchRank(Entry e, boolean exact, String key) {
        if (exact) return 0;
        if (e.searchKey().equals(key)) return 1;
        if (e.searchKey().startsWith(key)) return 2;
        return 3;
    }

    private static SearchResult result(Hit h) {
        Entry e = h.entry();
        return new SearchResult(e.id(), e.code(), e.label(), e.type(), e.nature(), e.population(), e.context());
    }
}
