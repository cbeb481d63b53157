package fr.resilience360.comparison;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code reference-scores}: computes the reference scores again (they are after every recompute and at start when
 * stale; this forces it, e.g. to time it).
 */
@Component
class ReferenceScoresCommand implements AdminCommand {

    private final ReferenceScoreComputation computation;

    ReferenceScoresCommand(ReferenceScoreComputation computation) {
        this.computation = computation;
    }

    @Override
    public String name() {
        return "reference-scores";
    }

    @Override
    public String description() {
        return "Recalcule les scores préremplis des besoins de chaque territoire et les quartiles des territoires"
                + " semblables (fait après chaque chargement des données).";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) throw new CommandException("reference-scores ne prend pas d'argument.");
        var summary = computation.computeAll(err::println);
        out.println(summary.territories() + " territoires notés, " + summary.groups() + " groupes, en "
                + summary.millis() / 1000.0 + " s (préremplissage et notes : " + summary.scoringMillis() / 1000.0
                + " s)");
        return 0;
    }
}
