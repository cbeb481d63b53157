package fr.resilience360.account;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code disable-user EMAIL}: the account can no longer sign in, and its open sessions are closed. */
@Component
class DisableUserCommand implements AdminCommand {

    private final Accounts accounts;

    DisableUserCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "disable-user";
    }

    @Override
    public String arguments() {
        return "EMAIL";
    }

    @Override
    public String description() {
        return "Désactive un compte : il ne peut plus se connecter et ses sessions ouvertes sont fermées.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) throw new CommandException("Usage : disable-user EMAIL");
        int closed = accounts.disable(args.get(0));
        out.println("Compte désactivé ; sessions fermées : " + closed);
        return 0;
    }
}
