package fr.resilience360.report;

import fr.resilience360.report.comparison.ReferenceScores;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritoryResolution;
import fr.resilience360.territory.TerritorySummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portrait's comparison: each need's score beside the quartiles of similar territories and, when the visitor
 * chose one, a reference territory's score; all read by key from the precomputed reference scores.
 *
 * @param similar the group and its quartiles; null when the scores are not computed yet
 * @param reference the reference territory the visitor chose, or null
 * @param referenceError why the code typed for a reference gives none (unknown, ambiguous, not scored), or null
 */
record PortraitComparison(
        ReferenceScores.SimilarGroup group,
        List<Row> rows,
        TerritorySummary reference,
        String referenceError,
        String referenceCode) {

    /** One need: the territory's score, the reference's, and the similar territories' quartiles. */
    record Row(String need, Double score, Double reference, int n, Double q1, Double median, Double q3) {}

    static PortraitComparison of(
            Portrait portrait, ReferenceScores scores, Territories territories, String referenceCode) {
        var similar = scores.similarDistribution(portrait.territory().id()).orElse(null);
        TerritorySummary reference = null;
        String error = null;
        List<ReferenceScores.NeedValue> referenceScores = null;
        if (referenceCode != null && !referenceCode.isBlank()) {
            TerritoryResolution found = territories.lookUp(referenceCode.strip());
            if (found instanceof TerritoryResolution.Found f) reference = f.territory();
            else
                error = found instanceof TerritoryResolution.Ambiguous
                        ? "Le code « " + referenceCode
                                + " » désigne plusieurs territoires : préfixez-le (dep-53, reg-53)."
                        : "Aucun territoire n'a le code « " + referenceCode + " ».";
            if (reference != null)
                referenceScores = scores.needScores(reference.id()).orElse(null);
            if (reference != null && referenceScores == null)
                error = "Pas de scores de référence pour « " + reference.name() + " ».";
        }
        if (referenceScores == null) reference = null;
        return new PortraitComparison(
                similar == null ? null : similar.group(),
                rows(portrait, similar, referenceScores),
                reference,
                error,
                referenceCode);
    }

    private static List<Row> rows(
            Portrait portrait, ReferenceScores.SimilarDistribution similar, List<ReferenceScores.NeedValue> reference) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < portrait.needs().size(); i++) {
            var need = portrait.needs().get(i);
            var d = similar == null ? null : similar.needs().get(i);
            rows.add(new Row(
                    need.need().name(),
                    need.score().score(),
                    reference == null ? null : reference.get(i).score(),
                    d == null ? 0 : d.n(),
                    d == null ? null : d.q1(),
                    d == null ? null : d.median(),
                    d == null ? null : d.q3()));
        }
        return rows;
    }

    /** The radar's data: every need with the territory's score, the quartiles and the reference's score. */
    List<Map<String, Object>> radar() {
        return rows.stream()
                .map(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("besoin", r.need());
                    m.put("score", r.score() == null ? "-" : r.score());
                    m.put("q1", r.q1());
                    m.put("mediane", r.median());
                    m.put("q3", r.q3());
                    m.put("reference", r.reference());
                    return m;
                })
                .toList();
    }

    Optional<ReferenceScores.SimilarGroup> similarGroup() {
        return Optional.ofNullable(group);
    }
}
