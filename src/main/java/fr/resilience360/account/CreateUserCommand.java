package fr.resilience360.account;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import fr.resilience360.territory.Territories;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * {@code create-user EMAIL [--role ROLE --territoire CODE]}: an account, with a role on a territory if given (an
 * existing account gets the role), who signs in once by the printed link.
 */
@Component
class CreateUserCommand implements AdminCommand {

    private static final String USAGE = "Usage : create-user EMAIL [--role ROLE --territoire CODE]";

    private final Accounts accounts;
    private final Territories territories;

    CreateUserCommand(Accounts accounts, Territories territories) {
        this.accounts = accounts;
        this.territories = territories;
    }

    @Override
    public String name() {
        return "create-user";
    }

    @Override
    public String arguments() {
        return "EMAIL [--role ROLE --territoire CODE]";
    }

    @Override
    public String description() {
        return "Crée un compte, avec un rôle (lecteur, contributeur, editeur, admin) sur un territoire s'il est "
                + "donné, et affiche un lien de connexion à usage unique, valable 24 h.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        Optional<String> role = option(rest, "--role");
        Optional<String> territory = option(rest, "--territoire");
        if (rest.size() != 1 || role.isPresent() != territory.isPresent()) throw new CommandException(USAGE);
        Optional<Membership> membership = role.map(code -> new Membership(
                territories.require(territory.get()).id(), Role.fromCode(code).orElseThrow(() -> unknownRole(code))));
        SignInLinks.print(accounts.createUser(rest.get(0), membership), out, err);
        return 0;
    }

    /** Takes {@code name VALUE} out of the arguments. */
    private static Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0) return Optional.empty();
        if (i + 1 >= args.size()) throw new CommandException(name + " attend une valeur. " + USAGE);
        String value = args.get(i + 1);
        args.subList(i, i + 2).clear();
        return Optional.of(value);
    }

    private static CommandException unknownRole(String code) {
        String known = Stream.of(Role.values()).map(Role::code).collect(Collectors.joining(", "));
        return new CommandException("Rôle inconnu : « " + code + " ». Rôles : " + known + ".");
    }
}
