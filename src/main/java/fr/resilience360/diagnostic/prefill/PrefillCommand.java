package fr.resilience360.diagnostic.prefill;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import fr.resilience360.territory.Territories;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code prefill TERRITORY}: prints the Diag360 rows the observatory can pre-fill for a territory, as JSON. */
@Component
class PrefillCommand implements AdminCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Diag360Prefill prefill;
    private final Territories territories;

    PrefillCommand(Diag360Prefill prefill, Territories territories) {
        this.prefill = prefill;
        this.territories = territories;
    }

    @Override
    public String name() {
        return "prefill";
    }

    @Override
    public String arguments() {
        return "TERRITOIRE";
    }

    @Override
    public String description() {
        return "Affiche en JSON les indicateurs Diag360 pré-remplis par l'observatoire pour un territoire (code INSEE, SIREN…).";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) throw new CommandException("usage : prefill TERRITOIRE (ex. 200042174)");
        out.println(JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(prefill.prefill(territories.require(args.get(0)))));
        return 0;
    }
}
