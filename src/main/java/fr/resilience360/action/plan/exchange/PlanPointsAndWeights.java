package fr.resilience360.action.plan.exchange;

import fr.resilience360.action.plan.Criterion;
import fr.resilience360.action.plan.Details;
import fr.resilience360.action.plan.PlanAction;
import fr.resilience360.action.plan.PlanDetails;
import fr.resilience360.action.plan.Plans;
import fr.resilience360.action.plan.Weights;
import fr.resilience360.action.plan.exchange.PlanImportReport.Problem;
import fr.resilience360.action.plan.exchange.PlanWorkbookReader.Line;
import fr.resilience360.shared.Coded;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.territory.TerritorySummary;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The « Points » and « Pondérations » sheets of an import: each point on an indicator of the file, once per year and
 * type; the six weights, each once, whole numbers from 0 to 10 (a file without the sheet keeps the plan's weights).
 */
final class PlanPointsAndWeights {

    private final Plans plans;
    private final PlanDetails details;
    private final TerritorySummary territory;
    private final String by;
    private final List<Problem> problems;
    private final Map<String, Integer> counts;

    PlanPointsAndWeights(
            Plans plans,
            PlanDetails details,
            TerritorySummary territory,
            String by,
            List<Problem> problems,
            Map<String, Integer> counts) {
        this.plans = plans;
        this.details = details;
        this.territory = territory;
        this.by = by;
        this.problems = problems;
        this.counts = counts;
    }

    void write(PlanWorkbookReader.Read read, Map<String, Details.Indicator> indicators) {
        Map<String, Integer> seen = new HashMap<>();
        for (Line l : read.lines(PlanColumns.POINTS)) {
            counts.merge("points", 1, Integer::sum);
            String ref = l.text("indicateur");
            Details.Indicator indicator = indicators.get(ref);
            if (indicator == null) {
                problem(
                        PlanColumns.POINTS,
                        l,
                        "indicateur",
                        "aucun indicateur n'a l'id « " + ref + " » dans la feuille Indicateurs");
                continue;
            }
            String key = ref + "/" + l.text("annee") + "/" + l.text("type");
            Integer first = seen.putIfAbsent(key, l.number());
            if (first != null) {
                problem(
                        PlanColumns.POINTS,
                        l,
                        null,
                        "la valeur de " + l.text("annee") + " (" + l.text("type") + ") de l'indicateur « " + ref
                                + " » est déjà donnée ligne " + first);
                continue;
            }
            PlanAction action = plans.require(territory.id(), indicator.actionId());
            try {
                details.setPoint(action, indicator, l.text("annee"), l.text("type"), l.text("valeur"), by);
            } catch (InvalidFieldsException e) {
                e.fields().forEach((field, message) -> problem(PlanColumns.POINTS, l, field, message));
            }
        }
        if (read.has(PlanColumns.WEIGHTS)) weights(read.lines(PlanColumns.WEIGHTS));
    }

    private void weights(List<Line> lines) {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (Line l : lines) {
            var criterion = Coded.find(Criterion.class, l.text("critere"));
            if (criterion.isEmpty()) {
                problem(
                        PlanColumns.WEIGHTS,
                        l,
                        "critere",
                        "critère inconnu « " + l.text("critere")
                                + " » ; attendu : impact, boussole, cout, faisabilite, delai, cobenefices");
                continue;
            }
            Integer w = weight(l.text("poids"));
            if (w == null)
                problem(
                        PlanColumns.WEIGHTS,
                        l,
                        "poids",
                        "nombre entier de 0 à 10 attendu : « " + l.text("poids") + " »");
            else if (weights.put(criterion.get(), w) != null)
                problem(
                        PlanColumns.WEIGHTS,
                        l,
                        "critere",
                        "le critère « " + criterion.get().code() + " » est déjà donné plus haut");
        }
        boolean lineProblems = problems.stream().anyMatch(p -> p.sheet().equals(PlanColumns.WEIGHTS));
        for (Criterion c : Criterion.values())
            if (!weights.containsKey(c) && !lineProblems)
                problems.add(new Problem(
                        PlanColumns.WEIGHTS,
                        0,
                        null,
                        "le poids du critère « " + c.code() + " » manque : donnez les six critères"));
        if (weights.size() == Criterion.values().length) {
            plans.setWeights(territory, new Weights(weights), by);
            counts.put("ponderations", weights.size());
        }
    }

    private static Integer weight(String text) {
        try {
            int w = Integer.parseInt(text.strip());
            return w >= 0 && w <= Weights.MAX ? w : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void problem(String sheet, Line l, String column, String message) {
        problems.add(new Problem(sheet, l.number(), column, message));
    }
}
