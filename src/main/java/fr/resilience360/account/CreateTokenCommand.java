package fr.resilience360.account;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code create-token EMAIL [NOM]}: a personal API token for an enabled account, printed alone on standard output so
 * that a script can keep it ({@code TOKEN=$(java -jar … create-token …)}); what it is for goes to the errors.
 */
@Component
class CreateTokenCommand implements AdminCommand {

    static final String DEFAULT_NAME = "Ligne de commande";

    private final ApiTokens tokens;

    CreateTokenCommand(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String name() {
        return "create-token";
    }

    @Override
    public String arguments() {
        return "EMAIL [NOM]";
    }

    @Override
    public String description() {
        return "Crée un jeton d'API personnel pour un compte actif (nommé NOM, « Ligne de commande » sinon) et "
                + "l'affiche, une seule fois ; à envoyer dans l'en-tête « Authorization: Bearer JETON ».";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.size() > 2) throw new CommandException("Usage : create-token EMAIL [NOM]");
        String name = args.size() == 2 ? args.get(1) : DEFAULT_NAME;
        IssuedApiToken issued = tokens.issue(args.get(0), name);
        err.println("Jeton d'API « " + issued.token().name() + " » de "
                + args.get(0).strip()
                + " : il ne sera plus affiché, gardez-le comme un mot de passe. À envoyer dans l'en-tête "
                + "« Authorization: Bearer … » ; révocable sur la page /compte/jetons.");
        out.println(issued.secret());
        return 0;
    }
}
