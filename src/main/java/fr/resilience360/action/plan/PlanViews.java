package fr.resilience360.action.plan;

import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.vulnerability.NeedScoreSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Builds a territory's {@link PlanView} for a given day: reads the plan once and derives the rest. */
@Service
public class PlanViews {

    private final Plans plans;
    private final PlanDetailRepository details;
    private final PlanMembers members;
    private final NeedScoreSource scores;

    PlanViews(Plans plans, PlanDetailRepository details, PlanMembers members, NeedScoreSource scores) {
        this.plans = plans;
        this.details = details;
        this.members = members;
        this.scores = scores;
    }

    public PlanView of(TerritorySummary territory, LocalDate today) {
        NeedScoreSource.Scores needScores = scores.of(territory);
        var plan = plans.find(territory.id());
        if (plan.isEmpty())
            return new PlanView(
                    null,
                    "Plan d'action de " + territory.name(),
                    Weights.DEFAULT,
                    List.of(),
                    counts(List.of()),
                    List.of(),
                    List.of(),
                    needScores.source());
        Plan p = plan.get();
        Map<Long, String> pilots = members.byId(territory.id());
        var budgets = byAction(details.budgets(p.id()), Details.BudgetLine::actionId);
        var milestones = byAction(details.milestones(p.id()), Details.Milestone::actionId);
        var indicators = byAction(details.indicators(p.id()), Details.Indicator::actionId);
        var notes = byAction(details.notes(p.id()), Details.Note::actionId);
        List<PlanAction> all = plans.actionsOf(p);
        Map<Long, List<PlanView.ActionView>> children = new TreeMap<>();
        List<PlanView.ActionView> views = new ArrayList<>();
        for (PlanAction a : all) {
            List<Details.Milestone> ms = milestones.getOrDefault(a.id(), List.of());
            PlanView.ActionView v = new PlanView.ActionView(
                    a,
                    pilotLabel(a, pilots),
                    PlanLateness.of(a.fields(), ms, today).orElse(null),
                    Prioritisation.rank(a.fields().traits(), needScores.byNeed(), p.weights()),
                    figure(a.fields().justification(), needScores),
                    budgets.getOrDefault(a.id(), List.of()),
                    ms,
                    indicators.getOrDefault(a.id(), List.of()).stream()
                            .map(i -> new PlanView.IndicatorView(i, IndicatorProgress.of(i)))
                            .toList(),
                    notes.getOrDefault(a.id(), List.of()),
                    new ArrayList<>());
            views.add(v);
            if (a.subAction())
                children.computeIfAbsent(a.parentId(), k -> new ArrayList<>()).add(v);
        }
        views.forEach(v -> v.subActions().addAll(children.getOrDefault(v.id(), List.of())));
        List<PlanView.ActionView> top =
                views.stream().filter(v -> !v.action().subAction()).toList();
        List<PlanView.ActionView> late =
                views.stream().filter(v -> v.late() != null).toList();
        return new PlanView(
                p,
                p.title(),
                p.weights(),
                top,
                counts(views),
                late,
                totals(details.budgets(p.id())),
                needScores.source());
    }

    /** The top-level actions in the order asked: {@code priorite} (best score first) or {@code echeance}. */
    public static List<PlanView.ActionView> sorted(List<PlanView.ActionView> actions, String order) {
        Comparator<PlanView.ActionView> by = "echeance".equals(order)
                ? Comparator.comparing(v -> v.fields().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                : Comparator.comparing(v -> v.ranking().score(), Comparator.nullsLast(Comparator.reverseOrder()));
        return actions.stream()
                .sorted(by.thenComparing(PlanView.ActionView::id))
                .toList();
    }

    /** The actions with this status (null: any), late only if asked, piloted by this address (null: anyone). */
    public static List<PlanView.ActionView> filtered(
            List<PlanView.ActionView> actions, PlanStatus status, boolean lateOnly, String pilot) {
        return actions.stream()
                .filter(v -> status == null || v.fields().status() == status)
                .filter(v -> !lateOnly || v.late() != null)
                .filter(v -> pilot == null || pilot.isBlank() || Objects.equals(pilot, v.pilot()))
                .toList();
    }

    private static String pilotLabel(PlanAction a, Map<Long, String> pilots) {
        Long id = a.fields().pilotAccountId();
        if (id != null) return pilots.getOrDefault(id, "compte n° " + id + " (plus membre du territoire)");
        return a.fields().pilotName().isEmpty() ? null : a.fields().pilotName();
    }

    /** The current score of the need the justification names (its first segment), when there is one. */
    private static String figure(Justification j, NeedScoreSource.Scores scores) {
        if (j.kind() == null
                || j.kind() == JustificationKind.AUTRE
                || j.reference().isEmpty()) return null;
        String need = j.reference().split("[/:]")[0].strip();
        Double score = scores.byNeed().get(need);
        if (score == null) return null;
        String source = "diagnostic_publie".equals(scores.source()) ? "diagnostic publié" : "données ouvertes";
        return String.format(Locale.FRANCE, "score actuel du besoin %s : %.2f sur 1 (%s)", need, score, source);
    }

    private static Map<PlanStatus, Long> counts(List<PlanView.ActionView> views) {
        Map<PlanStatus, Long> counts = new EnumMap<>(PlanStatus.class);
        for (PlanStatus s : PlanStatus.values()) counts.put(s, 0L);
        views.forEach(v -> counts.merge(v.fields().status(), 1L, Long::sum));
        return counts;
    }

    private static List<PlanView.BudgetTotal> totals(List<Details.BudgetLine> lines) {
        Map<String, PlanView.BudgetTotal> out = new TreeMap<>();
        for (Details.BudgetLine l : lines)
            out.merge(
                    l.year() + "/" + l.kind().ordinal(),
                    new PlanView.BudgetTotal(l.year(), l.kind(), l.planned(), l.spent()),
                    (a, b) -> new PlanView.BudgetTotal(
                            a.year(),
                            a.kind(),
                            a.planned().add(b.planned()),
                            a.spent().add(b.spent())));
        return List.copyOf(out.values());
    }

    private static <T> Map<Long, List<T>> byAction(List<T> items, java.util.function.Function<T, Long> key) {
        return items.stream().collect(Collectors.groupingBy(key));
    }
}
