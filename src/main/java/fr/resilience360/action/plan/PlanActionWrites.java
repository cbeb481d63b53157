package fr.resilience360.action.plan;

import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.TerritorySummary;
import java.security.Principal;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * What the action page's forms ({@link PlanActionPageController}) and the API ({@link PlanDetailApiController}) share:
 * the action a caller may change (401/sign-in, 404, 403 as {@link PlanAccess} says), and each addition to it — budget
 * line, milestone, indicator, point, note — with its fields read by name from a form or a JSON body.
 */
@Component
class PlanActionWrites {

    /** An action of a territory's plan that the caller may change. */
    record Target(TerritorySummary territory, PlanAction action) {}

    private final Plans plans;
    private final PlanDetails details;
    private final PlanViews views;
    private final PlanAccess access;

    PlanActionWrites(Plans plans, PlanDetails details, PlanViews views, PlanAccess access) {
        this.plans = plans;
        this.details = details;
        this.views = views;
        this.access = access;
    }

    /** The action the caller may change; {@code page}: a page (sign-in, error pages) rather than the API. */
    Target target(TerritorySummary territory, long actionId, Principal principal, boolean page) {
        access.signedInReader(principal, territory.id(), page);
        PlanAction action = plans.require(territory.id(), actionId);
        access.actionEditor(principal, territory.id(), action, page);
        return new Target(territory, action);
    }

    void budget(Target t, Function<String, String> field, String by) {
        details.addBudget(
                t.action(),
                field.apply("annee"),
                field.apply("type"),
                field.apply("prevu"),
                field.apply("depense"),
                by);
    }

    /** Whether the action had this budget line. */
    boolean deleteBudget(Target t, long line, String by) {
        return details.deleteBudget(t.action(), line, by);
    }

    void milestone(Target t, Function<String, String> field, String by) {
        details.addMilestone(t.action(), field.apply("titre"), field.apply("echeance"), by);
    }

    /** Whether the action has this milestone. */
    boolean milestoneDone(Target t, long milestone, Function<String, String> field, String by) {
        return details.setMilestoneDone(t.action(), milestone, field.apply("atteint"), by);
    }

    void indicator(Target t, Function<String, String> field, String by) {
        details.addIndicator(
                t.action(),
                field.apply("libelle"),
                field.apply("unite"),
                field.apply("annee_reference"),
                field.apply("source"),
                by);
    }

    /** A résultat or objectif of one of the action's indicators; 404 when the action has no such indicator. */
    void point(Target t, long indicator, Function<String, String> field, String by) {
        Details.Indicator i =
                PlanDates.find(
                                views.of(t.territory(), PlanDates.today()),
                                t.action().id())
                        .orElseThrow()
                        .indicators()
                        .stream()
                        .map(PlanView.IndicatorView::indicator)
                        .filter(x -> x.id() == indicator)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException(
                                "Indicateur inconnu", "L'action n'a pas d'indicateur n° " + indicator + "."));
        details.setPoint(t.action(), i, field.apply("annee"), field.apply("type"), field.apply("valeur"), by);
    }

    void note(Target t, Function<String, String> field, String by) {
        details.addNote(t.action(), field.apply("texte"), by);
    }
}
