package fr.resilience360.comparison;

import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritoryResolution;
import fr.resilience360.territory.TerritorySummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A territory's need scores compared: each need's score (pre-filled, or of an online diagnostic) beside the quartiles
 * of similar territories and, when the visitor chose one, a reference territory's pre-filled score; all read by key
 * from the precomputed reference scores.
 *
 * @param similar the group and its quartiles; null when the scores are not computed yet
 * @param reference the reference territory the visitor chose, or null
 * @param referenceError why the code typed for a reference gives none (unknown, ambiguous, not scored), or null
 */
public record Comparison(
        ReferenceScores.SimilarGroup group,
        List<Row> rows,
        TerritorySummary reference,
        String referenceError,
        String referenceCode) {

    /** One need: the territory's score, the reference's, and the similar territories' quartiles. */
    public record Row(String need, Double score, Double reference, int n, Double q1, Double median, Double q3) {}

    /**
     * @param needScores the territory's score of each need, in the referential's order (null: no score)
     * @param referenceCode what the visitor typed to choose a reference territory, or null
     */
    public static Comparison of(
            String territoryId,
            List<String> needNames,
            List<Double> needScores,
            ReferenceScores scores,
            Territories territories,
            String referenceCode) {
        var similar = scores.similarDistribution(territoryId).orElse(null);
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
        return new Comparison(
                similar == null ? null : similar.group(),
                rows(needNames, needScores, similar, referenceScores),
                reference,
                error,
                referenceCode);
    }

    private static List<Row> rows(
            List<String> needNames,
            List<Double> needScores,
            ReferenceScores.SimilarDistribution similar,
            List<ReferenceScores.NeedValue> reference) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < needNames.size(); i++) {
            var d = similar == null ? null : similar.needs().get(i);
            rows.add(new Row(
                    needNames.get(i),
                    needScores.get(i),
                    reference == null ? null : reference.get(i).score(),
                    d == null ? 0 : d.n(),
                    d == null ? null : d.q1(),
                    d == null ? null : d.median(),
                    d == null ? null : d.q3()));
        }
        return rows;
    }

    /**
     * The radar's data: every need with the territory's score, the quartiles, the reference's score and its category
     * (« Vitaux », « Essentiels », « Induits », in the needs' order), by which the radar groups its axes.
     */
    public List<Map<String, Object>> radar(List<String> categories) {
        List<Map<String, Object>> needs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("besoin", r.need());
            m.put("categorie", categories.get(i));
            m.put("score", r.score() == null ? "-" : r.score());
            m.put("q1", r.q1());
            m.put("mediane", r.median());
            m.put("q3", r.q3());
            m.put("reference", r.reference());
            needs.add(m);
        }
        return needs;
    }

    public Optional<ReferenceScores.SimilarGroup> similarGroup() {
        return Optional.ofNullable(group);
    }
}
