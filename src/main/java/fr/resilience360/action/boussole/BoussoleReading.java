package fr.resilience360.action.boussole;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.BoussolePrinciple;
import fr.resilience360.action.CatalogueAction;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a filled grid says, by our reading convention (the Cerema Boussole gives no official score): a principle's
 * coverage is the share of its 3 levers treated, counting pleinement 1, en partie 0.5 and ne traite pas 0; the levers
 * to strengthen are those not fully treated, the least covered principles first, then in the Boussole's order; each
 * comes with at most {@link #ACTIONS_SHOWN} catalogue actions that serve it.
 */
public final class BoussoleReading {

    /** How many catalogue actions are shown for one lever to strengthen. */
    public static final int ACTIONS_SHOWN = 5;

    private BoussoleReading() {}

    /**
     * One principle's coverage.
     *
     * @param share from 0 (no lever treated) to 1 (all three fully treated)
     */
    public record Coverage(BoussolePrinciple principle, double share) {

        /** « 50 % », rounded to the unit. */
        public String percent() {
            return Math.round(share * 100) + " %";
        }
    }

    /** A catalogue action as a suggestion shows it. */
    public record ActionLink(String id, String title) {

        public String link() {
            return "/actions/" + id;
        }
    }

    /**
     * A lever to strengthen and the catalogue actions that serve it.
     *
     * @param others how many more catalogue actions serve it than are shown
     */
    public record Suggestion(BoussoleLever lever, LeverAnswer answer, List<ActionLink> actions, int others) {}

    /** The six principles' coverage, in the Boussole's order. */
    public static List<Coverage> coverage(Grid grid) {
        return Arrays.stream(BoussolePrinciple.values())
                .map(p -> new Coverage(p, share(grid, p)))
                .toList();
    }

    /** The levers not fully treated: the least covered principles first, then in the Boussole's order. */
    public static List<BoussoleLever> toStrengthen(Grid grid) {
        Map<BoussolePrinciple, Double> shares = new EnumMap<>(BoussolePrinciple.class);
        for (Coverage c : coverage(grid)) shares.put(c.principle(), c.share());
        return Arrays.stream(BoussoleLever.values())
                .filter(l -> grid.value(l) != LeverAnswer.PLEINEMENT)
                .sorted(Comparator.comparingDouble((BoussoleLever l) -> shares.get(l.principle()))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The levers to strengthen, each with the first catalogue actions serving it (in catalogue order). */
    public static List<Suggestion> suggestions(Grid grid, Function<BoussoleLever, List<CatalogueAction>> serving) {
        return toStrengthen(grid).stream()
                .map(lever -> {
                    List<CatalogueAction> actions = serving.apply(lever);
                    List<ActionLink> shown = actions.stream()
                            .limit(ACTIONS_SHOWN)
                            .map(a -> new ActionLink(a.id(), a.title()))
                            .toList();
                    return new Suggestion(lever, grid.value(lever), shown, actions.size() - shown.size());
                })
                .toList();
    }

    private static double share(Grid grid, BoussolePrinciple principle) {
        List<BoussoleLever> levers = BoussoleLever.of(principle);
        double treated =
                levers.stream().mapToDouble(l -> grid.value(l).weight()).sum();
        return treated / levers.size();
    }
}
