package fr.resilience360.comparison;

import fr.resilience360.diagnostic.Diagnostic;
import fr.resilience360.diagnostic.GroupScore;
import fr.resilience360.diagnostic.NeedScore;
import fr.resilience360.diagnostic.prefill.Diag360Prefill;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.NeedCategory;
import fr.resilience360.referential.Objective;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.DatasetLoads;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.territory.typology.TerritoryTypologies;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Scores the pre-filled Diagnostic 360° of every région, département, EPCI and commune, places each in its group of
 * similar territories with the groups' quartiles, and stores them all in one transaction. Done when the observatory's
 * values change, not per request: a few hundred territories per read of the observatory.
 */
@Service
class ReferenceScoreComputation {

    /** The name under which {@link DatasetLoads} remembers the inputs of the stored scores. */
    static final String LOAD = "comparison/reference-scores";

    /** Bump when the pre-fill rules, the scoring or the groups change, so that stored scores are computed again. */
    static final String RULES_VERSION = "1";

    static final int BATCH = 500;

    static final List<TerritoryType> LEVELS =
            List.of(TerritoryType.REGION, TerritoryType.DEPARTEMENT, TerritoryType.EPCI, TerritoryType.COMMUNE);

    private final Diag360Prefill prefill;
    private final Observatory observatory;
    private final TerritoryDirectory directory;
    private final TerritoryTypologies typologies;
    private final DatasetLoads loads;
    private final ReferenceScoreRepository repository;
    private final List<Need> needs;

    ReferenceScoreComputation(
            Diag360Prefill prefill,
            Observatory observatory,
            TerritoryDirectory directory,
            TerritoryTypologies typologies,
            DatasetLoads loads,
            ReferenceScoreRepository repository,
            Referentials referentials) {
        this.prefill = prefill;
        this.observatory = observatory;
        this.directory = directory;
        this.typologies = typologies;
        this.loads = loads;
        this.repository = repository;
        this.needs = referentials.byId(Referentials.DIAG360).needs();
    }

    /** Whether the stored scores were computed from the data now loaded (observatory, division, typology). */
    boolean isUpToDate() {
        return loads.isLoaded(LOAD, inputsVersion());
    }

    String inputsVersion() {
        String inputs = String.join(
                "/",
                Diag360Prefill.REFERENTIAL,
                RULES_VERSION,
                observatory.openDataVersion(),
                directory.version(),
                typologies.version());
        return HexFormat.of().formatHex(Arrays.copyOf(sha256(inputs), 8));
    }

    /** How many territories were scored and how long it took (scoring, grouping and writing). */
    record Summary(int territories, int groups, long scoringMillis, long millis) {}

    synchronized Summary computeAll(Consumer<String> progress) {
        long start = System.currentTimeMillis();
        String inputs = inputsVersion();
        String observatoryVersion = observatory.openDataVersion();
        List<ScoredTerritory> scores = scoreAll(progress);
        long scoring = System.currentTimeMillis() - start;
        GroupDistributions groups = group(scores);
        long millis = System.currentTimeMillis() - start;
        var provenance = new ReferenceScores.Provenance(
                Diag360Prefill.REFERENTIAL,
                OffsetDateTime.now(),
                inputs,
                observatoryVersion,
                directory.version(),
                typologies.version(),
                scores.size(),
                millis);
        repository.replace(
                computation(provenance),
                groups.distributions(),
                scores,
                groups.assignments().stream()
                        .collect(Collectors.toMap(GroupDistributions.Assignment::territoryId, Function.identity())));
        long total = System.currentTimeMillis() - start;
        progress.accept("Scores de référence : " + scores.size() + " territoires, "
                + groups.distributions().size()
                + " groupes de territoires semblables en " + total / 1000.0 + " s (préremplissage et notes : "
                + scoring / 1000.0 + " s)");
        return new Summary(scores.size(), groups.distributions().size(), scoring, total);
    }

    private List<ScoredTerritory> scoreAll(Consumer<String> progress) {
        List<ScoredTerritory> scores = new ArrayList<>();
        for (TerritoryType level : LEVELS) {
            long start = System.currentTimeMillis();
            List<TerritorySummary> territories = directory.ofType(level);
            scores.addAll(score(territories, progress));
            progress.accept("  scores de référence : " + territories.size() + " × " + level.label() + " en "
                    + (System.currentTimeMillis() - start) / 1000.0 + " s");
        }
        return scores;
    }

    /** Places every territory in its group of similar territories, with the groups' quartiles. */
    private GroupDistributions group(List<ScoredTerritory> scores) {
        Likenesses likenesses = new Likenesses(directory, typologies);
        Map<String, TerritorySummary> byId = directory.byIds(
                scores.stream().map(ScoredTerritory::territoryId).toList());
        List<GroupDistributions.Member> members = scores.stream()
                .map(s -> new GroupDistributions.Member(
                        s.territoryId(), s.needs(), SimilarGroups.cascade(likenesses.of(byId.get(s.territoryId())))))
                .toList();
        return new GroupDistributions(members, needs.size());
    }

    private List<ScoredTerritory> score(List<TerritorySummary> territories, Consumer<String> progress) {
        List<ScoredTerritory> out = new ArrayList<>(territories.size());
        for (int from = 0; from < territories.size(); from += BATCH) {
            var batch = territories.subList(from, Math.min(territories.size(), from + BATCH));
            prefill.prefillAll(batch)
                    .forEach((id, p) -> out.add(scored(id, batch.get(0).type(), prefill.score(p))));
            if ((from / BATCH) % 20 == 19)
                progress.accept("  scores de référence : " + out.size() + " / " + territories.size() + " "
                        + batch.get(0).type().label().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static ScoredTerritory scored(String id, TerritoryType type, Diagnostic d) {
        return new ScoredTerritory(
                id,
                type.code(),
                d.needs().stream().map(NeedScore::score).toArray(Double[]::new),
                d.needs().stream().map(NeedScore::notesCount).toArray(Integer[]::new),
                d.categories().stream().map(GroupScore::score).toArray(Double[]::new),
                d.objectives().stream().map(GroupScore::score).toArray(Double[]::new));
    }

    private ReferenceScoreRepository.Computation computation(ReferenceScores.Provenance provenance) {
        return new ReferenceScoreRepository.Computation(
                provenance,
                needs.stream().map(Need::id).toList(),
                Arrays.stream(NeedCategory.values())
                        .map(NeedCategory::workbookLabel)
                        .toList(),
                Arrays.stream(Objective.values()).map(Objective::label).toList());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
