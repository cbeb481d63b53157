package fr.resilience360.territory.typology;

import fr.resilience360.territory.TerritorySummary;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Derives an EPCI's typology attributes from its member communes (named rules documented in docs/typology.md). */
final class EpciProfiles {

    /** A member commune and what the typology files say of it. */
    record Member(TerritorySummary commune, CommuneAttributes attributes) {

        double population() {
            return commune.population() == null ? 0 : commune.population();
        }

        double area() {
            return attributes.areaKm2() == null ? 0 : attributes.areaKm2();
        }
    }

    private static final Comparator<TerritorySummary> MOST_POPULATED = Comparator.comparingInt(
                    (TerritorySummary t) -> t.population() == null ? 0 : t.population())
            .reversed()
            .thenComparing(TerritorySummary::id);

    private EpciProfiles() {}

    /** The profile of an EPCI with these member communes (at least one). */
    static EpciProfile of(List<Member> members) {
        Member main = members.stream()
                .min(Comparator.comparing(Member::commune, MOST_POPULATED))
                .orElseThrow(() -> new IllegalArgumentException("Intercommunalité sans commune"));
        Map<DensityClass, Double> byDensity = new EnumMap<>(DensityClass.class);
        Map<DensityClass.Group, Double> byGroup = new EnumMap<>(DensityClass.Group.class);
        for (Member m : members) {
            DensityClass d = m.attributes().density();
            if (d == null) continue;
            byDensity.merge(d, m.population(), Double::sum);
            byGroup.merge(d.group(), m.population(), Double::sum);
        }
        DensityClass dominant = dominant(byDensity);
        DensityClass.Group dominantGroup = dominant(byGroup);
        return new EpciProfile(
                members.size(),
                main.commune(),
                main.attributes(),
                dominant,
                populationShare(members, m -> m.attributes().density() == dominant && dominant != null),
                dominantGroup,
                populationShare(
                        members,
                        m -> m.attributes().density() != null
                                && m.attributes().density().group() == dominantGroup),
                populationShare(
                        members,
                        m -> m.attributes().density() != null
                                && m.attributes().density().isUrban()),
                count(members, m -> m.attributes().coastal()),
                populationShare(members, m -> m.attributes().coastal()),
                count(members, m -> m.attributes().inMountainZone()),
                share(members, Member::area, m -> m.attributes().inMountainZone()),
                populationShare(members, m -> m.attributes().inMountainZone()),
                members.stream()
                        .map(m -> m.attributes().massif())
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList(),
                programmes(members),
                populationShare(members, m -> m.attributes().overseas()));
    }

    /** The key holding the largest total; on a tie, the first in the enum's order (the denser level). */
    private static <K extends Enum<K>> K dominant(Map<K, Double> totals) {
        return totals.entrySet().stream()
                .max(Map.Entry.<K, Double>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static Map<CommuneAttributes.Programme, List<TerritorySummary>> programmes(List<Member> members) {
        Map<CommuneAttributes.Programme, List<TerritorySummary>> out = new EnumMap<>(CommuneAttributes.Programme.class);
        for (CommuneAttributes.Programme p : CommuneAttributes.Programme.values()) {
            out.put(
                    p,
                    members.stream()
                            .filter(m -> m.attributes().in(p))
                            .map(Member::commune)
                            .sorted(MOST_POPULATED)
                            .toList());
        }
        return out;
    }

    private static int count(List<Member> members, Predicate<Member> which) {
        return (int) members.stream().filter(which).count();
    }

    private static double populationShare(List<Member> members, Predicate<Member> which) {
        return share(members, Member::population, which);
    }

    /** The share of the total {@code weight} held by the members {@code which} select; 0 when the total is 0. */
    static double share(List<Member> members, ToDoubleFunction<Member> weight, Predicate<Member> which) {
        double total = members.stream().mapToDouble(weight).sum();
        if (total <= 0) return 0;
        return members.stream().filter(which).mapToDouble(weight).sum() / total;
    }
}
