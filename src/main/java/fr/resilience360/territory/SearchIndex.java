package fr.resilience360.territory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The territories and secondary territories held in memory for search (≈ 39,000 short entries, a few MB), so a
 * query costs well under a millisecond instead of a table scan and a database round trip. Built from the database
 * and rebuilt after each load of the division.
 *
 * <p>Rules: a name matches when each query word starts a word of the name (accents, case and punctuation
 * ignored, see {@link fr.resilience360.shared.SearchText}), found through a sorted word list and its postings;
 * a code, identifier, SIREN or postal code matches when equal to the query. Ranking: exact code first, then
 * exact name, then name starting with the query, then
 * larger population; secondary territories after territories of the same match.
 */
final class SearchIndex {

    /**
     * One searchable entry: the result it gives, the keys it is found by, and whether it is a secondary territory
     * (ranked after territories of the same match).
     */
    record Entry(SearchResult result, Keys keys, boolean secondary) {}

    /**
     * What a query is compared with.
     *
     * @param name the normalised name, whose words the query's words must start
     * @param exact the codes, identifiers, SIREN and postal codes the query must equal
     */
    record Keys(String name, Set<String> exact) {}

    private record Hit(Entry entry, int matchRank) {

        SearchResult result() {
            return entry.result();
        }
    }

    private static final Comparator<Hit> RANKING = Comparator.comparingInt(Hit::matchRank)
            .thenComparing(h -> h.entry().secondary())
            .thenComparing(
                    h -> h.result().population() == null ? 0 : h.result().population(), Comparator.reverseOrder())
            .thenComparing(h -> h.result().label());

    private final List<Entry> entries;
    /** Every distinct word of the names, sorted, so the words starting with a prefix form one range. */
    private final String[] words;
    /** For each word of {@link #words}, the entries whose name holds it. */
    private final int[][] postings;
    /** Codes, identifiers, SIREN and postal codes → entries. */
    private final Map<String, int[]> exact;

    SearchIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        TreeMap<String, List<Integer>> byWord = new TreeMap<>();
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            Entry e = this.entries.get(i);
            for (String word : e.keys().name().split(" ")) {
                if (!word.isEmpty())
                    byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
            for (String key : e.keys().exact())
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        this.words = byWord.keySet().toArray(String[]::new);
        this.postings = byWord.values().stream().map(SearchIndex::ints).toArray(int[][]::new);
        this.exact = new HashMap<>();
        byKey.forEach((key, list) -> exact.put(key, ints(list)));
    }

    int size() {
        return entries.size();
    }

    List<SearchResult> search(String raw, String key, List<String> queryWords, TerritoryType type, int limit) {
        BitSet matches = null;
        for (String word : queryWords) {
            BitSet withWord = entriesWithWordStarting(word);
            if (matches == null) matches = withWord;
            else matches.and(withWord);
        }
        BitSet exactMatches = new BitSet(entries.size());
        for (int i : exact.getOrDefault(raw, new int[0])) exactMatches.set(i);
        if (matches == null) matches = new BitSet(entries.size());
        matches.or(exactMatches);
        List<Hit> hits = new ArrayList<>();
        for (int i = matches.nextSetBit(0); i >= 0; i = matches.nextSetBit(i + 1)) {
            Entry e = entries.get(i);
            if (type == null || e.result().type() == type) hits.add(new Hit(e, matchRank(e, exactMatches.get(i), key)));
        }
        return best(hits, limit).stream().map(Hit::result).toList();
    }

    private BitSet entriesWithWordStarting(String prefix) {
        BitSet found = new BitSet(entries.size());
        int i = Arrays.binarySearch(words, prefix);
        for (int w = i >= 0 ? i : -i - 1; w < words.length && words[w].startsWith(prefix); w++) {
            for (int entry : postings[w]) found.set(entry);
        }
        return found;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The {@code limit} best hits in ranking order, without sorting every hit ("saint" matches thousands). */
    private static List<Hit> best(List<Hit> hits, int limit) {
        java.util.PriorityQueue<Hit> worstFirst = new java.util.PriorityQueue<>(limit + 1, RANKING.reversed());
        for (Hit hit : hits) {
            worstFirst.add(hit);
            if (worstFirst.size() > limit) worstFirst.poll();
        }
        List<Hit> best = new ArrayList<>(worstFirst);
        best.sort(RANKING);
        return best;
    }

    private static int matchRank(Entry e, boolean exact, String key) {
        if (exact) return 0;
        if (e.keys().name().equals(key)) return 1;
        if (e.keys().name().startsWith(key)) return 2;
        return 3;
    }
}
