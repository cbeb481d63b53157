package fr.resilience360.comparison;

import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.DatasetLoads;
import fr.resilience360.territory.TerritoryType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads the precomputed need scores of the territories' pre-filled diagnostics: a reference territory's, and the
 * quartiles of the territories similar to one (docs/comparisons.md). Every read is by key (a territory, a group): the
 * country is scanned once per data version by {@link ReferenceScoreComputation}, never per request.
 */
@Service
public class ReferenceScores {

    private final ReferenceScoreRepository repository;
    private final DatasetLoads loads;
    private final Map<String, Need> needs;

    ReferenceScores(ReferenceScoreRepository repository, DatasetLoads loads, Referentials referentials) {
        this.repository = repository;
        this.loads = loads;
        this.needs = referentials.byId(Referentials.DIAG360).needs().stream()
                .collect(Collectors.toMap(Need::id, Function.identity()));
    }

    /**
     * When and from what the stored scores were computed.
     *
     * @param inputsVersion digest of the versions below, of the referential and of the rules
     * @param millis how long the computation took, writing excluded
     */
    public record Provenance(
            String referentialId,
            OffsetDateTime computedAt,
            String inputsVersion,
            String observatoryVersion,
            String divisionVersion,
            String typologyVersion,
            int territories,
            long millis) {}

    /** A need's pre-filled score (null when none of its rows is pre-filled: missing, never zero). */
    public record NeedValue(Need need, Double score, int notes) {}

    /** A need's scores among similar territories: {@code n} of them have a score; quartiles null when n = 0. */
    public record NeedDistribution(Need need, int n, Double q1, Double median, Double q3) {}

    /**
     * The similar territories a territory is compared with.
     *
     * @param label who they are (« Communautés d'agglomération de densité intermédiaire, région Bretagne »)
     * @param criteria what they share with it
     * @param members territories of the group with at least one need score, the compared territory included
     * @param widened whether the narrowest group had fewer than five of them, so that a wider one is used
     */
    public record SimilarGroup(String key, String label, String criteria, int members, boolean widened) {

        /** « Communautés d'agglomération de densité intermédiaire, région Bretagne : 12 territoires ». */
        public String description() {
            return label + " : " + members + (members > 1 ? " territoires" : " territoire");
        }
    }

    /** The quartiles of each of the 11 needs among a territory's similar territories. */
    public record SimilarDistribution(SimilarGroup group, List<NeedDistribution> needs, Provenance provenance) {}

    /** The data version of the stored scores: it changes with each computation. */
    public String version() {
        return loads.fingerprint(ReferenceScoreComputation.LOAD);
    }

    public Optional<Provenance> provenance() {
        return repository.computation().map(ReferenceScoreRepository.Computation::provenance);
    }

    /** The 11 pre-filled need scores of a territory, in the referential's order; empty when not computed. */
    public Optional<List<NeedValue>> needScores(String territoryId) {
        var computation = repository.computation();
        if (computation.isEmpty()) return Optional.empty();
        List<String> ids = computation.get().needIds();
        return repository.score(territoryId).map(s -> {
            List<NeedValue> out = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++)
                out.add(new NeedValue(
                        needs.get(ids.get(i)), s.scores().needs()[i], s.scores().needNotes()[i]));
            return out;
        });
    }

    /**
     * The 11 pre-filled need scores of every territory of a level, by territory id then need id, in one read
     * (national runs); empty when not computed.
     */
    public Map<String, Map<String, Double>> allNeedScores(TerritoryType level) {
        var computation = repository.computation();
        if (computation.isEmpty()) return Map.of();
        List<String> ids = computation.get().needIds();
        Map<String, Map<String, Double>> out = new HashMap<>();
        repository.allNeedScores(level.code()).forEach((territory, scores) -> {
            Map<String, Double> byNeed = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) byNeed.put(ids.get(i), scores[i]);
            out.put(territory, byNeed);
        });
        return out;
    }

    /**
     * The pre-filled scores of the need categories and objectives (by their workbook labels, in the referential's
     * order; null when none of their rows is pre-filled).
     */
    public record GroupScores(Map<String, Double> categories, Map<String, Double> objectives) {}

    /** A territory's pre-filled category and objective scores; empty when not computed. */
    public Optional<GroupScores> groupScores(String territoryId) {
        var computation = repository.computation();
        if (computation.isEmpty()) return Optional.empty();
        var c = computation.get();
        return repository
                .score(territoryId)
                .map(s -> new GroupScores(
                        byLabel(c.categoryLabels(), s.scores().categories()),
                        byLabel(c.objectiveLabels(), s.scores().objectives())));
    }

    private static Map<String, Double> byLabel(List<String> labels, Double[] scores) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) out.put(labels.get(i), scores[i]);
        return Collections.unmodifiableMap(out);
    }

    /**
     * The quartiles of the need scores of the territories similar to this one; empty when not computed (or replaced
     * by a computation between the reads).
     */
    public Optional<SimilarDistribution> similarDistribution(String territoryId) {
        var computation = repository.computation();
        var score = repository.score(territoryId);
        if (computation.isEmpty() || score.isEmpty()) return Optional.empty();
        List<String> ids = computation.get().needIds();
        return repository.group(score.get().groupKey()).map(stored -> {
            List<NeedDistribution> out = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++)
                out.add(new NeedDistribution(
                        needs.get(ids.get(i)), stored.counts()[i], stored.q1()[i], stored.median()[i], stored.q3()[i]));
            var g = stored.group();
            return new SimilarDistribution(
                    new SimilarGroup(
                            g.key(),
                            g.label(),
                            g.criteria(),
                            stored.members(),
                            score.get().groupStep() > 0),
                    out,
                    computation.get().provenance());
        });
    }
}
