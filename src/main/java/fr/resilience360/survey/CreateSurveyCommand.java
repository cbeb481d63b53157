package fr.resilience360.survey;

import fr.resilience360.shared.AdminCommand;
import fr.resilience360.shared.CommandException;
import fr.resilience360.territory.Territories;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code create-survey TERRITORY TEMPLATE}: opens a survey and prints {@code {"id", "token", "lien"}}. */
@Component
class CreateSurveyCommand implements AdminCommand {

    private final Surveys surveys;
    private final Territories territories;

    CreateSurveyCommand(Surveys surveys, Territories territories) {
        this.surveys = surveys;
        this.territories = territories;
    }

    @Override
    public String name() {
        return "create-survey";
    }

    @Override
    public String arguments() {
        return "TERRITOIRE MODELE";
    }

    @Override
    public String description() {
        return "Ouvre une enquête du territoire à partir d'un modèle (habitants, elus, entreprises) et affiche en JSON"
                + " son identifiant, son jeton et son lien public.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !SurveyTemplates.CODES.contains(args.get(1)))
            throw new CommandException("usage : create-survey TERRITOIRE MODELE (modèles : "
                    + String.join(", ", SurveyTemplates.CODES) + " ; ex. create-survey 200042174 habitants)");
        out.println(
                SurveyJson.write(surveys.create(territories.require(args.get(0)), args.get(1), "ligne de commande")));
        return 0;
    }
}
