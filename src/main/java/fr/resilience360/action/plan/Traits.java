package fr.resilience360.action.plan;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.action.CoBenefit;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Delay;
import fr.resilience360.action.Difficulty;
import java.util.List;

/**
 * What the prioritisation reads of an action: copied from the catalogue when the action comes from it, set by the
 * user for a custom one (same lists). {@code cost}, {@code difficulty} and {@code delay} may be null (unknown).
 *
 * @param needs Diag360 need ids, main one first
 */
public record Traits(
        List<String> needs,
        List<BoussoleLever> levers,
        CostRange cost,
        Difficulty difficulty,
        Delay delay,
        List<CoBenefit> cobenefits) {

    public static final Traits NONE = new Traits(List.of(), List.of(), null, null, null, List.of());

    public Traits {
        needs = needs == null ? List.of() : List.copyOf(needs);
        levers = levers == null ? List.of() : List.copyOf(levers);
        cobenefits = cobenefits == null ? List.of() : List.copyOf(cobenefits);
    }

    public static Traits of(CatalogueAction action) {
        return new Traits(
                action.needs(),
                action.levers(),
                action.cost(),
                action.difficulty(),
                action.delay(),
                action.cobenefits());
    }
}
