package fr.resilience360.account;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code create-admin EMAIL}: a platform administrator, who signs in once by the printed link. */
@Component
class CreateAdminCommand implements AdminCommand {

    private final Accounts accounts;

    CreateAdminCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "create-admin";
    }

    @Override
    public String arguments() {
        return "EMAIL";
    }

    @Override
    public String description() {
        return "Crée un administrateur de la plateforme (ou donne ce statut à un compte) et affiche un lien de "
                + "connexion à usage unique, valable 24 h.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) throw new CommandException("Usage : create-admin EMAIL");
        SignInLink link = accounts.createPlatformAdmin(args.get(0));
        SignInLinks.print(link, out, err);
        return 0;
    }
}
