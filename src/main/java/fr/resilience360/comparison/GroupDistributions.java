package fr.resilience360.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses each territory's group of similar territories (the narrowest of its {@link SimilarGroups#cascade} with at
 * least {@link SimilarGroups#MIN_MEMBERS} scored territories, else the widest) and computes, for each chosen group,
 * the quartiles of each need's scores. Plain Java, in memory: a pass over every territory at each computation.
 */
final class GroupDistributions {

    /**
     * A territory to place.
     *
     * @param needs its need scores in the referential's order, null where it has none
     * @param cascade its groups, narrowest first (not empty)
     */
    record Member(String territoryId, Double[] needs, List<SimilarGroups.Group> cascade) {

        /** Has at least one need score: only such territories count in a group's size. */
        boolean scored() {
            return Arrays.stream(needs).anyMatch(Objects::nonNull);
        }
    }

    /**
     * A chosen group with its scored members and each need's quartiles (null where no member has a score).
     *
     * @param members territories of the group with at least one need score, the compared territory included
     */
    record Distribution(SimilarGroups.Group group, int members, Quartiles[] needs) {}

    /** The group a territory is compared with; {@code step} 0 is the narrowest of its cascade. */
    record Assignment(String territoryId, String groupKey, int step) {}

    private final Map<String, Distribution> distributions = new LinkedHashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();

    GroupDistributions(List<Member> members, int needCount) {
        Map<String, List<Member>> byGroup = new HashMap<>();
        for (Member m : members)
            if (m.scored())
                m.cascade()
                        .forEach(g -> byGroup.computeIfAbsent(g.key(), k -> new ArrayList<>())
                                .add(m));
        for (Member m : members) {
            int step = chosenStep(m, byGroup);
            SimilarGroups.Group group = m.cascade().get(step);
            assignments.add(new Assignment(m.territoryId(), group.key(), step));
            distributions.computeIfAbsent(
                    group.key(), k -> distribution(group, byGroup.getOrDefault(k, List.of()), needCount));
        }
    }

    private static int chosenStep(Member m, Map<String, List<Member>> byGroup) {
        for (int step = 0; step < m.cascade().size(); step++)
            if (byGroup.getOrDefault(m.cascade().get(step).key(), List.of()).size() >= SimilarGroups.MIN_MEMBERS)
                return step;
        return m.cascade().size() - 1;
    }

    private static Distribution distribution(SimilarGroups.Group group, List<Member> members, int needCount) {
        Quartiles[] needs = new Quartiles[needCount];
        for (int i = 0; i < needCount; i++) {
            int need = i;
            double[] scores = members.stream()
                    .map(m -> m.needs()[need])
                    .filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            needs[i] = Quartiles.of(scores).orElse(null);
        }
        return new Distribution(group, members.size(), needs);
    }

    List<Distribution> distributions() {
        return List.copyOf(distributions.values());
    }

    List<Assignment> assignments() {
        return assignments;
    }
}
