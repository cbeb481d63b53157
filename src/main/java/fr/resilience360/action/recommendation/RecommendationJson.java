package fr.resilience360.action.recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A territory's recommendations as the API gives them (issue 12, item 4), figures rounded to 4 decimals.
 *
 * @param base {@code diagnostic_publie} or {@code donnees_ouvertes}: where the scores come from
 * @param diagnostic the published diagnostic used, absent for the open-data pre-fill
 * @param besoinsFaibles the weakest needs with a score, weakest first
 * @param besoinsLesPlusTouches the needs the stress test under the most exposing hazards hits hardest, most hit first
 * @param perceptions the inhabitants' perception index of each need, only where enough of them answered
 * @param actions ranked, rank 1 first; with {@code besoin}, only those improving it
 */
@Schema(name = "Recommandations")
@JsonInclude(JsonInclude.Include.NON_NULL)
record RecommendationJson(
        Territoire territoire,
        String base,
        Long diagnostic,
        List<BesoinFaible> besoinsFaibles,
        List<BesoinTouche> besoinsLesPlusTouches,
        List<Perception> perceptions,
        String besoin,
        List<ActionRecommandee> actions) {

    @Schema(name = "RecommandationsTerritoire")
    record Territoire(String code, String nom) {}

    /** @param faiblesse the rule's weakness (docs/actions.md), the order of the list */
    record BesoinFaible(String besoin, String nom, double score, double faiblesse) {}

    record BesoinTouche(String besoin, String nom, int rang, double impact) {}

    record Perception(String besoin, double indice) {}

    /** @param dansLePlan present only for those who may read the territory's plan */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActionRecommandee(
            String id,
            String titre,
            List<String> besoins,
            String raison,
            int rang,
            double priorite,
            Boolean dansLePlan) {}

    static RecommendationJson of(Recommendation r, RecommendationQuery query, Optional<Set<String>> planned) {
        TerritorySignals s = r.signals();
        return new RecommendationJson(
                new Territoire(r.territory().id(), r.territory().name()),
                s.base().code(),
                s.diagnosticId(),
                r.weakest().stream()
                        .map(n -> new BesoinFaible(n.id(), n.name(), round(n.score()), round(n.weakness())))
                        .toList(),
                r.needs().stream()
                        .filter(n -> n.hitRank() > 0)
                        .sorted(java.util.Comparator.comparingInt(NeedWeakness.Need::hitRank))
                        .map(n -> new BesoinTouche(n.id(), n.name(), n.hitRank(), impact(s, n)))
                        .toList(),
                r.needs().stream()
                        .filter(n -> n.perception() != null)
                        .map(n -> new Perception(n.id(), round(n.perception())))
                        .toList(),
                query.need(),
                r.actions(query.need(), query.limit()).stream()
                        .map(a -> new ActionRecommandee(
                                a.action().id(),
                                a.action().title(),
                                a.action().needs(),
                                a.reason(),
                                a.rank(),
                                round(a.priority()),
                                planned.map(p -> p.contains(a.action().id())).orElse(null)))
                        .toList());
    }

    private static double impact(TerritorySignals s, NeedWeakness.Need n) {
        return round(s.highlights().needs().get(n.hitRank() - 1).impact());
    }

    static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
