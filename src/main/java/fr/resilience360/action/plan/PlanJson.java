package fr.resilience360.action.plan;

import fr.resilience360.shared.Coded;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan in the API's JSON, French field names. An action's editable fields are written as {@link ActionInput} reads
 * them (codes, ISO dates, the pilot's address), so that what is read can be sent back; what is derived —
 * {@code en_retard}, {@code retard_motif}, {@code priorite}, {@code progression} — is marked as such and never read.
 */
final class PlanJson {

    private PlanJson() {}

    static Map<String, Object> of(PlanView view, String territoryId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("territoire", territoryId);
        m.put("titre", view.title());
        m.put("cree", view.plan() != null);
        m.put("ponderations", weights(view.weights()));
        m.put("source_scores_besoins", view.scoreSource());
        Map<String, Object> counts = new LinkedHashMap<>();
        view.counts().forEach((s, n) -> counts.put(s.code(), n));
        counts.put("en_retard", view.late().size());
        m.put("compteurs", counts);
        m.put(
                "budget",
                view.budget().stream()
                        .map(b -> Map.of(
                                "annee", b.year(), "type", b.kind().code(), "prevu", b.planned(), "depense", b.spent()))
                        .toList());
        m.put("actions", view.actions().stream().map(PlanJson::action).toList());
        return m;
    }

    static Map<String, Object> weights(Weights w) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> shares = new LinkedHashMap<>();
        for (Criterion c : Criterion.values()) {
            m.put(c.code(), w.of(c));
            shares.put(c.code(), Math.round(w.share(c) * 1000) / 10.0);
        }
        m.put("parts_en_pourcentage", shares);
        return m;
    }

    static Map<String, Object> action(PlanView.ActionView v) {
        PlanAction a = v.action();
        ActionInput in =
                ActionInput.of(a.fields(), v.pilot() != null && a.fields().pilotAccountId() != null ? v.pilot() : null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("version", a.version());
        m.put("catalogue", a.catalogueId());
        m.put("lien_catalogue", a.catalogueId() == null ? null : "/actions/" + a.catalogueId());
        m.put("parent", a.parentId());
        FieldChanges.flat(in).forEach((k, value) -> {
            if (!k.startsWith("justification.")) m.put(k, value);
        });
        m.put("besoins", in.besoins());
        m.put("leviers", in.leviers());
        m.put("cobenefices", in.cobenefices());
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("type", in.justification().type());
        j.put("reference", in.justification().reference());
        j.put("texte", in.justification().texte());
        j.put("chiffre_actuel", v.justificationFigure());
        m.put("justification", j);
        m.put("en_retard", v.late() != null);
        m.put("retard_motif", v.late() == null ? null : v.late().reason());
        Map<String, Object> criteria = new LinkedHashMap<>();
        for (Criterion c : Criterion.values())
            criteria.put(c.code(), v.ranking().criteria().get(c));
        m.put(
                "priorite",
                Map.of(
                        "score",
                        v.ranking().score() == null ? "inconnu" : v.ranking().score(),
                        "criteres",
                        criteria));
        m.put(
                "budget",
                v.budget().stream()
                        .map(b -> Map.of(
                                "id",
                                b.id(),
                                "annee",
                                b.year(),
                                "type",
                                b.kind().code(),
                                "prevu",
                                b.planned(),
                                "depense",
                                b.spent()))
                        .toList());
        m.put("jalons", v.milestones().stream().map(PlanJson::milestone).toList());
        m.put("indicateurs", v.indicators().stream().map(PlanJson::indicator).toList());
        m.put(
                "notes",
                v.notes().stream()
                        .map(n -> Map.of(
                                "id",
                                n.id(),
                                "auteur",
                                n.author(),
                                "date",
                                n.writtenAt().toString(),
                                "texte",
                                n.text()))
                        .toList());
        m.put("modifie_par", a.updatedBy());
        m.put("modifie_le", a.updatedAt().toString());
        m.put("sous_actions", v.subActions().stream().map(PlanJson::action).toList());
        return m;
    }

    private static Map<String, Object> milestone(Details.Milestone ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", ms.id());
        m.put("titre", ms.title());
        m.put("echeance", ms.dueDate().toString());
        m.put("atteint", ms.doneDate() == null ? null : ms.doneDate().toString());
        return m;
    }

    private static Map<String, Object> indicator(PlanView.IndicatorView iv) {
        Details.Indicator i = iv.indicator();
        IndicatorProgress.Progress p = iv.progress();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("libelle", i.label());
        m.put("unite", i.unit());
        m.put("annee_reference", i.baselineYear());
        m.put("source", i.source());
        m.put(
                "points",
                i.points().stream()
                        .map(pt -> Map.of("annee", pt.year(), "type", ((Coded) pt.kind()).code(), "valeur", pt.value()))
                        .toList());
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("pourcentage", p.percent());
        progress.put("manque", p.missing());
        progress.put("annee_reference", p.baselineYear());
        progress.put("reference", p.baseline());
        progress.put("annee_resultat", p.resultYear());
        progress.put("resultat", p.result());
        progress.put("annee_objectif", p.targetYear());
        progress.put("objectif", p.target());
        m.put("progression", progress);
        return m;
    }

    static List<Map<String, Object>> history(List<Details.Change> changes) {
        return changes.stream()
                .map(c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("action", c.actionId());
                    m.put("par", c.by());
                    m.put("le", c.at().toString());
                    m.put("champ", c.field());
                    m.put("avant", c.before());
                    m.put("apres", c.after());
                    return m;
                })
                .toList();
    }
}
