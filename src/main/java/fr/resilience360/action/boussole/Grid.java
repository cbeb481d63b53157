package fr.resilience360.action.boussole;

import fr.resilience360.action.BoussoleLever;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 18 answers of one assessment of the Boussole grid, each with an optional comment. Complete by construction:
 * every lever has an answer ({@link AssessmentInput} refuses a grid with a lever left blank).
 */
public record Grid(Map<BoussoleLever, Answer> answers) {

    /** The longest comment kept for one lever. */
    public static final int COMMENT_LENGTH = 2000;

    /** One lever's answer, and what the assessor wrote about it (null: nothing). */
    public record Answer(LeverAnswer value, String comment) {}

    public Grid {
        if (answers.size() != BoussoleLever.values().length)
            throw new IllegalArgumentException("Une grille répond aux 18 leviers, pas à " + answers.size());
        answers = java.util.Collections.unmodifiableMap(new EnumMap<>(answers));
    }

    public LeverAnswer value(BoussoleLever lever) {
        return answers.get(lever).value();
    }

    public Optional<String> comment(BoussoleLever lever) {
        return Optional.ofNullable(answers.get(lever).comment());
    }

    /** A grid giving every lever the same answer, without comments (tests and examples). */
    public static Grid all(LeverAnswer value) {
        Map<BoussoleLever, Answer> answers = new EnumMap<>(BoussoleLever.class);
        for (BoussoleLever lever : BoussoleLever.values()) answers.put(lever, new Answer(value, null));
        return new Grid(answers);
    }

    /** This grid with one lever's answer changed. */
    public Grid with(BoussoleLever lever, LeverAnswer value, String comment) {
        Map<BoussoleLever, Answer> changed = new EnumMap<>(answers);
        changed.put(lever, new Answer(value, comment));
        return new Grid(changed);
    }
}
