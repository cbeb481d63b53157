package fr.resilience360.action.plan;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.action.CoBenefit;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Delay;
import fr.resilience360.action.Difficulty;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.SearchText;
import fr.resilience360.territory.TerritorySummary;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the plan's pages show: the view of the plan for today, filtered and sorted, and the lists of their forms. */
@Component
class PlanPageModel {

    private static final int SEARCH_RESULTS = 20;

    private final PlanViews views;
    private final PlanMembers members;
    private final Catalogue catalogue;
    private final List<Need> needs;
    private final PlanHistoryRepository history;
    private final WeakNeedJustification justifications;

    PlanPageModel(
            PlanViews views,
            PlanMembers members,
            Catalogue catalogue,
            Referentials referentials,
            PlanHistoryRepository history,
            WeakNeedJustification justifications) {
        this.justifications = justifications;
        this.views = views;
        this.members = members;
        this.catalogue = catalogue;
        this.needs = referentials.byId(Referentials.DIAG360).needs();
        this.history = history;
    }

    void plan(Model model, TerritorySummary territory, PlanFilters filters, boolean mayEdit) {
        PlanView view = views.of(territory, PlanDates.today());
        lists(model);
        model.addAttribute("territory", territory);
        model.addAttribute("view", view);
        model.addAttribute("filters", filters);
        model.addAttribute(
                "actions",
                PlanViews.sorted(
                        PlanViews.filtered(view.actions(), filters.status(), filters.lateOnly(), filters.pilote()),
                        filters.order()));
        model.addAttribute(
                "pilots",
                view.actions().stream()
                        .flatMap(a ->
                                java.util.stream.Stream.concat(java.util.stream.Stream.of(a), a.subActions().stream()))
                        .map(PlanView.ActionView::pilot)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("found", search(filters.recherche()));
        model.addAttribute(
                "toAdd",
                filters.toAdd() == null
                        ? null
                        : catalogue.action(filters.toAdd()).orElse(null));
        model.addAttribute("planned", view.plan() == null ? java.util.Set.of() : catalogueIds(view));
        model.addAttribute("removed", removal(view, filters.removed()));
        model.addAttribute(
                "toAddJustification",
                justifications.need(filters.besoin()).isEmpty()
                        ? null
                        : justifications.of(territory, filters.besoin()).orElse(null));
    }

    void action(Model model, TerritorySummary territory, PlanView view, PlanView.ActionView action, boolean mayEdit) {
        lists(model);
        model.addAttribute("territory", territory);
        model.addAttribute("view", view);
        model.addAttribute("a", action);
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("members", members.byId(territory.id()).values());
        model.addAttribute("history", history.of(action.action().planId(), action.id(), 200));
        model.addAttribute(
                "parent",
                action.action().parentId() == null
                        ? null
                        : PlanDates.find(view, action.action().parentId()).orElse(null));
        if (!model.containsAttribute("input"))
            model.addAttribute(
                    "input",
                    ActionInput.of(action.fields(), action.fields().pilotAccountId() == null ? null : action.pilot()));
    }

    /** The history's line of the removal of this action, null when there is none. */
    private Details.Change removal(PlanView view, Long actionId) {
        if (actionId == null || view.plan() == null) return null;
        return history.of(view.plan().id(), actionId, 1).stream()
                .filter(c -> "retrait".equals(c.field()))
                .findFirst()
                .orElse(null);
    }

    private void lists(Model model) {
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("needs", needs);
        model.addAttribute("levers", BoussoleLever.values());
        model.addAttribute("costs", CostRange.values());
        model.addAttribute("difficulties", Difficulty.values());
        model.addAttribute("delays", Delay.values());
        model.addAttribute("cobenefits", CoBenefit.values());
        model.addAttribute("justificationKinds", JustificationKind.values());
        model.addAttribute("budgetKinds", BudgetKind.values());
        model.addAttribute("seriesKinds", SeriesKind.values());
    }

    private List<CatalogueAction> search(String query) {
        if (query == null || query.isBlank()) return List.of();
        List<String> words = SearchText.words(query);
        return catalogue.actions().stream()
                .filter(a -> {
                    String text = SearchText.normalize(a.id() + " " + a.title() + " " + a.summary());
                    return words.stream().allMatch(text::contains);
                })
                .limit(SEARCH_RESULTS)
                .toList();
    }

    private static java.util.Set<String> catalogueIds(PlanView view) {
        return view.actions().stream()
                .flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.of(a), a.subActions().stream()))
                .map(a -> a.action().catalogueId())
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }
}
