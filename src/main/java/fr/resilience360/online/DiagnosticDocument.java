package fr.resilience360.online;

import fr.resilience360.diagnostic.GroupScore;
import fr.resilience360.diagnostic.ScoreWorkbookCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A diagnostic as the API and the JSON export write it: the shape {@code score-workbook} prints ({@code avancement},
 * {@code besoins[].besoin/score}, {@code indicateurs[].id/row/valeur/note}, anomalies) plus the diagnostic's identity,
 * status, version, page, weighting profile, category and objective scores, and each row's provenance.
 */
final class DiagnosticDocument {

    private DiagnosticDocument() {}

    static Map<String, Object> of(ScoredDiagnostic scored, String baseUrl) {
        OnlineDiagnostic d = scored.diagnostic();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", d.id());
        document.put("territoire", d.territoryId());
        if (d.group() != null) document.put("groupe", group(d.group()));
        document.put("statut", d.status().code());
        document.put("version", d.version());
        document.put("brouillon", d.draftId());
        document.put("lien", baseUrl + d.path());
        document.put(
                "ponderation",
                Map.of("code", scored.profile().code(), "nom", scored.scores().weightingProfile()));
        document.put("cree_le", d.createdAt() == null ? null : d.createdAt().toString());
        document.put("cree_par_origine", d.origin());
        Map<String, Object> scores = ScoreWorkbookCommand.document(scored.scores());
        document.putAll(scores);
        addProvenance(scored, castList(document.get("indicateurs")));
        document.put("categories", groups(scored.scores().categories()));
        document.put("objectifs", groups(scored.scores().objectives()));
        return document;
    }

    private static Map<String, Object> group(CommuneGroup group) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("nom", group.name());
        g.put("communes", group.codes());
        return g;
    }

    /** Summary of a published diagnostic, for a territory's list. */
    static Map<String, Object> summary(OnlineDiagnostic d, String baseUrl) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", d.id());
        item.put("version", d.version());
        item.put("statut", d.status().code());
        if (d.group() != null) item.put("groupe", group(d.group()));
        item.put("publie_le", d.createdAt() == null ? null : d.createdAt().toString());
        item.put("lien", baseUrl + d.path());
        return item;
    }

    private static void addProvenance(ScoredDiagnostic scored, List<Map<String, Object>> indicators) {
        for (int i = 0; i < indicators.size(); i++) {
            RowEntry row = scored.rows().get(i);
            Map<String, Object> item = indicators.get(i);
            item.put("origine", row.origin().code());
            item.put("commentaire", row.comment());
            item.put("source", row.source());
            item.put("revision", row.revision());
            if (row.openData() != null) item.put("donnees_ouvertes", openData(row.openData()));
            if (row.justification() != null) item.put("justification", row.justification());
        }
    }

    private static Map<String, Object> openData(OpenDataValue v) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("valeur", v.value());
        item.put("annee", v.year());
        item.put("source", v.source());
        item.put("methode", v.method());
        item.put("couverture", v.coverage());
        item.put("approximation", v.approximation());
        item.put("indicateur", v.indicatorId());
        return item;
    }

    private static List<Map<String, Object>> groups(List<GroupScore> groups) {
        return groups.stream()
                .map(g -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("groupe", g.group());
                    item.put("score", g.score());
                    item.put("indicateurs_notes", g.notesCount());
                    return item;
                })
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object list) {
        return (List<Map<String, Object>>) list;
    }
}
