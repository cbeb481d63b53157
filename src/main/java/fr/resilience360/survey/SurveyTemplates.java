package fr.resilience360.survey;

import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.BadParameterException;
import fr.resilience360.vulnerability.Hazard;
import fr.resilience360.vulnerability.StressTests;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The questionnaires written for this project ({@code survey/modeles/CODE.yaml}), read and checked at start against
 * the Diag360 needs and the hazards of the impact chains: a faulty template stops the application with a French
 * message naming it.
 */
@Component
public class SurveyTemplates {

    /** The templates shipped with the product, in the order they are offered. */
    public static final List<String> CODES = List.of("habitants", "elus", "entreprises");

    private final Map<String, Questionnaire> templates = new LinkedHashMap<>();

    SurveyTemplates(Referentials referentials, StressTests stressTests) {
        Set<String> needs = referentials.byId(Referentials.DIAG360).needs().stream()
                .map(Need::id)
                .collect(Collectors.toSet());
        Set<String> hazards =
                stressTests.chains().hazards().stream().map(Hazard::id).collect(Collectors.toSet());
        for (String code : CODES) templates.put(code, read(code, needs, hazards));
    }

    static Questionnaire read(String code, Set<String> needs, Set<String> hazards) {
        Questionnaire q = QuestionnaireFiles.fromClasspath("survey/modeles/" + code + ".yaml", needs, hazards);
        if (!q.modele().equals(code))
            throw new IllegalStateException(
                    "Modèle d'enquête « " + code + " » : le fichier déclare « " + q.modele() + " »");
        return q;
    }

    /** The template of this code, or a 400 naming the templates there are. */
    public Questionnaire require(String code) {
        if (code == null || code.isBlank())
            throw new BadParameterException(
                    "modele",
                    "Le champ « modele » est obligatoire : " + String.join(", ", CODES) + " (ex. {\"modele\":"
                            + " \"habitants\"}).");
        Questionnaire q = templates.get(code);
        if (q == null)
            throw new BadParameterException(
                    "modele",
                    "Modèle d'enquête inconnu « " + code + " » : modèles disponibles : " + String.join(", ", CODES)
                            + ".");
        return q;
    }
}
