package fr.resilience360.territory;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code import-territories}: reloads the bundled administrative division and boundaries. */
@Component
class ImportTerritoriesCommand implements AdminCommand {

    private final DivisionImport divisionImport;

    ImportTerritoriesCommand(DivisionImport divisionImport) {
        this.divisionImport = divisionImport;
    }

    @Override
    public String name() {
        return "import-territories";
    }

    @Override
    public String description() {
        return "Recharge le découpage administratif (COG 2025) et les contours fournis avec l'application.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) throw new CommandException("import-territories ne prend pas d'argument.");
        divisionImport.load(err::println);
        return 0;
    }
}
