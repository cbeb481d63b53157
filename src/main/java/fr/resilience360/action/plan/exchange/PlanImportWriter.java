package fr.resilience360.action.plan.exchange;

import fr.resilience360.action.plan.ActionInput;
import fr.resilience360.action.plan.Details;
import fr.resilience360.action.plan.PlanAction;
import fr.resilience360.action.plan.PlanDetails;
import fr.resilience360.action.plan.Plans;
import fr.resilience360.action.plan.exchange.PlanImportReport.Problem;
import fr.resilience360.action.plan.exchange.PlanWorkbookReader.Line;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.territory.TerritorySummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes a read workbook into a plan through the plan's own services ({@link Plans}, {@link PlanDetails}), so that
 * every value goes through the same checks as a form or the API: each refusal becomes a problem naming the sheet,
 * line and column, and the writing goes on so that every problem is listed. A line in error is replaced by a
 * placeholder so that the lines that depend on it are checked too; the caller rolls the whole transaction back as
 * soon as there is one problem. Top-level actions are written before sub-actions.
 */
final class PlanImportWriter {

    private static final String PLACEHOLDER = "(ligne en erreur)";

    private final Plans plans;
    private final PlanDetails details;
    private final TerritorySummary territory;
    private final String by;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, PlanAction> actions = new HashMap<>();
    private final Map<String, Details.Indicator> indicators = new HashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    PlanImportWriter(Plans plans, PlanDetails details, TerritorySummary territory, String by) {
        this.plans = plans;
        this.details = details;
        this.territory = territory;
        this.by = by;
    }

    List<Problem> problems() {
        return problems;
    }

    Map<String, Integer> counts() {
        return counts;
    }

    void write(PlanWorkbookReader.Read read) {
        problems.addAll(read.problems());
        List<Line> lines = read.lines(PlanColumns.ACTIONS);
        Map<String, Line> byId = ids(lines);
        for (Line l : lines) if (l.text("parent").isEmpty()) action(l, null, "actions");
        for (Line l : lines) if (!l.text("parent").isEmpty()) action(l, parent(l, byId), "sous_actions");
        read.lines(PlanColumns.BUDGET).forEach(this::budget);
        read.lines(PlanColumns.MILESTONES).forEach(this::milestone);
        read.lines(PlanColumns.INDICATORS).forEach(this::indicator);
        read.lines(PlanColumns.NOTES).forEach(this::note);
        new PlanPointsAndWeights(plans, details, territory, by, problems, counts).write(read, indicators);
    }

    private Map<String, Line> ids(List<Line> lines) {
        Map<String, Line> byId = new HashMap<>();
        for (Line l : lines) {
            String id = l.text("id");
            if (id.isEmpty()) problem(PlanColumns.ACTIONS, l, "id", "id manquant : chaque action a un id unique");
            else if (byId.putIfAbsent(id, l) != null)
                problem(
                        PlanColumns.ACTIONS,
                        l,
                        "id",
                        "l'id « " + id + " » est déjà celui de la ligne "
                                + byId.get(id).number());
        }
        return byId;
    }

    /** The parent's id in the file, or null (with a problem) when it is not a top-level action of the file. */
    private String parent(Line l, Map<String, Line> byId) {
        String ref = l.text("parent");
        Line parent = byId.get(ref);
        if (parent == null) problem(PlanColumns.ACTIONS, l, "parent", "aucune action n'a l'id « " + ref + " »");
        else if (!parent.text("parent").isEmpty())
            problem(
                    PlanColumns.ACTIONS,
                    l,
                    "parent",
                    "l'action « " + ref + " » est elle-même une sous-action : une "
                            + "sous-action ne peut pas avoir de sous-action");
        else return ref;
        return null;
    }

    private void action(Line l, String parentRef, String count) {
        PlanAction parent = parentRef == null ? null : actions.get(parentRef);
        Long parentId = parent == null ? null : parent.id();
        PlanAction added =
                attempt(PlanColumns.ACTIONS, l, () -> plans.add(territory, l.get("catalogue"), parentId, input(l), by));
        if (added == null) added = plans.add(territory, null, null, titled(PLACEHOLDER), by);
        actions.putIfAbsent(l.text("id"), added);
        counts.merge(count, 1, Integer::sum);
    }

    private void budget(Line l) {
        PlanAction a = actionOf(PlanColumns.BUDGET, l);
        String year = l.text("annee");
        if (year.matches("\\d+") && Integer.parseInt(year) < 2000)
            problem(PlanColumns.BUDGET, l, "annee", "année de budget attendue de 2000 à 2100 : « " + year + " »");
        else if (a != null)
            attempt(PlanColumns.BUDGET, l, () -> {
                details.addBudget(a, year, l.text("type"), l.text("prevu"), l.text("depense"), by);
                return true;
            });
        counts.merge("budget", 1, Integer::sum);
    }

    private void milestone(Line l) {
        PlanAction a = actionOf(PlanColumns.MILESTONES, l);
        if (a != null) {
            Long id = attempt(
                    PlanColumns.MILESTONES, l, () -> details.addMilestone(a, l.text("titre"), l.text("echeance"), by));
            if (id != null && !l.text("atteint").isEmpty())
                attempt(PlanColumns.MILESTONES, l, () -> details.setMilestoneDone(a, id, l.text("atteint"), by));
        }
        counts.merge("jalons", 1, Integer::sum);
    }

    private void indicator(Line l) {
        PlanAction a = actionOf(PlanColumns.INDICATORS, l);
        String ref = l.text("id");
        if (ref.isEmpty()) problem(PlanColumns.INDICATORS, l, "id", "id manquant : chaque indicateur a un id unique");
        else if (indicators.containsKey(ref))
            problem(PlanColumns.INDICATORS, l, "id", "l'id « " + ref + " » est déjà celui d'un autre indicateur");
        PlanAction on = a != null ? a : plans.add(territory, null, null, titled(PLACEHOLDER), by);
        Long id = attempt(
                PlanColumns.INDICATORS,
                l,
                () -> details.addIndicator(
                        on, l.text("libelle"), l.text("unite"), l.text("annee_reference"), l.text("source"), by));
        if (id == null) id = details.addIndicator(on, PLACEHOLDER, "", "2000", "", by);
        if (!ref.isEmpty())
            indicators.putIfAbsent(ref, new Details.Indicator(id, on.id(), "", "", 2000, "", List.of()));
        counts.merge("indicateurs", 1, Integer::sum);
    }

    private void note(Line l) {
        PlanAction a = actionOf(PlanColumns.NOTES, l);
        if (a != null)
            attempt(PlanColumns.NOTES, l, () -> {
                details.importNote(a, l.text("date"), l.text("auteur"), l.text("texte"), by);
                return true;
            });
        counts.merge("notes", 1, Integer::sum);
    }

    /** The action a line names in its column {@code action}; null (with a problem) when the file has none. */
    private PlanAction actionOf(String sheet, Line l) {
        String ref = l.text("action");
        PlanAction a = actions.get(ref);
        if (a == null) problem(sheet, l, "action", "aucune action n'a l'id « " + ref + " » dans la feuille Actions");
        return a;
    }

    private <T> T attempt(String sheet, Line l, Supplier<T> write) {
        try {
            return write.get();
        } catch (InvalidFieldsException e) {
            e.fields().forEach((field, message) -> problem(sheet, l, field.replace('.', '_'), message));
            return null;
        }
    }

    private void problem(String sheet, Line l, String column, String message) {
        problems.add(new Problem(sheet, l.number(), column, message));
    }

    private static ActionInput input(Line l) {
        ActionInput.JustificationInput j = l.get("justification_type") == null
                        && l.get("justification_reference") == null
                        && l.get("justification_texte") == null
                ? null
                : new ActionInput.JustificationInput(
                        l.text("justification_type"), l.text("justification_reference"), l.text("justification_texte"));
        return new ActionInput(
                l.get("titre"),
                l.get("description"),
                l.get("statut"),
                l.get("debut"),
                l.get("echeance"),
                l.get("pilote"),
                l.get("pilote_nom"),
                l.get("elu_referent"),
                l.get("partenaires"),
                j,
                list(l.get("besoins")),
                list(l.get("leviers")),
                l.get("cout"),
                l.get("difficulte"),
                l.get("delai"),
                list(l.get("cobenefices")));
    }

    private static List<String> list(String cell) {
        if (cell == null) return null;
        return Arrays.stream(cell.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static ActionInput titled(String title) {
        return new ActionInput(
                title, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
