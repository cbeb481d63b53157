package fr.resilience360.report.cahier;

import fr.resilience360.referential.Need;
import fr.resilience360.territory.TerritorySummary;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How often a trait (a weak need, a hard-hitting hazard) comes up among a type's members. */
final class NeedFrequencies {

    private NeedFrequencies() {}

    /** The needs by how many members have them among their {@code k} weakest scores (members without scores left out). */
    static List<TypeCahier.Frequency> weakest(
            List<TerritorySummary> members, Map<String, Map<String, Double>> scores, List<Need> needs, int k) {
        Map<String, List<String>> weakest = new LinkedHashMap<>();
        for (TerritorySummary m : members) {
            Map<String, Double> own = scores.get(m.id());
            if (own == null) continue;
            weakest.put(
                    m.id(),
                    needs.stream()
                            .filter(n -> own.get(n.id()) != null)
                            .sorted(Comparator.comparing((Need n) -> own.get(n.id())))
                            .limit(k)
                            .map(Need::id)
                            .toList());
        }
        Map<String, String> labels = new LinkedHashMap<>();
        needs.forEach(n -> labels.put(n.id(), n.name()));
        return count(members, weakest, labels);
    }

    /** For each id of {@code labels}, how many members list it in {@code traits}, of the members that have a list. */
    static List<TypeCahier.Frequency> count(
            List<TerritorySummary> members, Map<String, List<String>> traits, Map<String, String> labels) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int of = 0;
        for (TerritorySummary m : members) {
            List<String> own = traits.get(m.id());
            if (own == null) continue;
            of++;
            own.forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        int total = of;
        return counts.entrySet().stream()
                .map(e -> new TypeCahier.Frequency(
                        e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()), e.getValue(), total))
                .sorted(Comparator.comparingInt(TypeCahier.Frequency::count).reversed())
                .toList();
    }
}
