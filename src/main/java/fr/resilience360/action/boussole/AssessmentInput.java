package fr.resilience360.action.boussole;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.shared.Coded;
import fr.resilience360.shared.InvalidFieldsException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An assessment as a form or the API sends it, checked whole: every bad field is named with a French sentence
 * ({@code titre}, {@code nature}, {@code description}, a lever's code {@code p3-l2} for a missing or unknown answer,
 * {@code commentaire-p3-l2} for a comment too long), before anything is written.
 *
 * @param answers each lever's code and the answer's code ({@code pleinement}, {@code en-partie}, {@code ne-traite-pas})
 * @param comments each lever's code and its comment (blank: none)
 */
public record AssessmentInput(
        String title, String kind, String description, Map<String, String> answers, Map<String, String> comments) {

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;

    /** A checked assessment, ready to be stored. */
    public record Draft(Assessment.Subject subject, Grid grid) {}

    public AssessmentInput {
        answers = answers == null ? Map.of() : answers;
        comments = comments == null ? Map.of() : comments;
    }

    /** The subject and the grid; else every bad field at once. */
    public Draft draft() {
        Map<String, String> errors = new LinkedHashMap<>();
        Assessment.Subject subject = subject(errors);
        Map<BoussoleLever, Grid.Answer> grid = answers(errors);
        if (!errors.isEmpty())
            throw new InvalidFieldsException("L'évaluation n'est pas complète ou contient des erreurs.", errors);
        return new Draft(subject, new Grid(grid));
    }

    /** The grid alone (the public grid has no subject); else every bad lever at once. */
    public Grid grid() {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<BoussoleLever, Grid.Answer> grid = answers(errors);
        if (!errors.isEmpty()) throw new InvalidFieldsException("La grille n'est pas complète.", errors);
        return new Grid(grid);
    }

    private Assessment.Subject subject(Map<String, String> errors) {
        String text = strip(title);
        if (text == null) errors.put("titre", "Donnez le titre du projet, de la politique ou de l'action évalué.");
        else if (text.length() > TITLE_LENGTH)
            errors.put("titre", "Le titre compte au plus " + TITLE_LENGTH + " caractères.");
        Optional<SubjectKind> nature = Coded.find(SubjectKind.class, strip(kind));
        if (nature.isEmpty())
            errors.put("nature", "Choisissez ce qui est évalué : projet, politique, action du plan ou autre.");
        String about = strip(description);
        if (about != null && about.length() > DESCRIPTION_LENGTH)
            errors.put("description", "La description compte au plus " + DESCRIPTION_LENGTH + " caractères.");
        return new Assessment.Subject(text, nature.orElse(null), about);
    }

    private Map<BoussoleLever, Grid.Answer> answers(Map<String, String> errors) {
        for (String code : answers.keySet())
            if (Coded.find(BoussoleLever.class, code).isEmpty())
                errors.put(code, "Levier inconnu : « " + code + " » (attendu : p1-l1 … p6-l3).");
        for (String code : comments.keySet())
            if (Coded.find(BoussoleLever.class, code).isEmpty())
                errors.put("commentaire-" + code, "Levier inconnu : « " + code + " » (attendu : p1-l1 … p6-l3).");
        Map<BoussoleLever, Grid.Answer> grid = new EnumMap<>(BoussoleLever.class);
        for (BoussoleLever lever : BoussoleLever.values()) {
            Optional<LeverAnswer> value = Coded.find(LeverAnswer.class, strip(answers.get(lever.code())));
            String comment = strip(comments.get(lever.code()));
            if (value.isEmpty())
                errors.put(
                        lever.code(),
                        "Levier " + lever.number()
                                + " : choisissez « ne traite pas », « en partie » ou « pleinement ».");
            if (comment != null && comment.length() > Grid.COMMENT_LENGTH)
                errors.put(
                        "commentaire-" + lever.code(),
                        "Levier " + lever.number() + " : le commentaire compte au plus " + Grid.COMMENT_LENGTH
                                + " caractères.");
            value.ifPresent(v -> grid.put(lever, new Grid.Answer(v, comment)));
        }
        return grid;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
