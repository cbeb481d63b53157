package fr.resilience360.observatory;

import fr.resilience360.observatory.aggregation.Recomputation;
import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code recompute}: recomputes the aggregates of every indicator at every scale. */
@Component
class RecomputeCommand implements AdminCommand {

    private final Recomputation recomputation;

    RecomputeCommand(Recomputation recomputation) {
        this.recomputation = recomputation;
    }

    @Override
    public String name() {
        return "recompute";
    }

    @Override
    public String description() {
        return "Recalcule les valeurs agrégées (EPCI, départements, régions, France) et les indicateurs calculés.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) throw new CommandException("recompute ne prend pas d'argument.");
        var summary = recomputation.recomputeAll(err::println);
        out.println(summary.values() + " valeurs recalculées pour " + summary.indicators() + " indicateurs en "
                + summary.millis() / 1000.0 + " s");
        return 0;
    }
}
