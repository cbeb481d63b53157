package fr.resilience360.online;

import fr.resilience360.diagnostic.NeedScore;
import fr.resilience360.diagnostic.NoteClasses;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Objective;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A need of a diagnostic: its score, completion and rows. */
public record NeedView(Need need, NeedScore score, List<LineView> lines) {

    /** Below this many notes, a need's score is flagged as resting on few rows. */
    static final int FEW_NOTES = 3;

    public String scoreClass() {
        return NoteClasses.of(score.score());
    }

    public String scoreText() {
        return NoteClasses.text(score.score());
    }

    /** Answered rows / rows, in whole percent. */
    public int completionPercent() {
        return score.rowsCount() == 0 ? 0 : Math.round(100f * score.filledCount() / score.rowsCount());
    }

    public boolean restsOnFewRows() {
        return score.score() != null && score.notesCount() < FEW_NOTES;
    }

    /** The rows grouped by objective, in the method's order (transverse, subsistance, crise, soutenabilité). */
    public Map<String, List<LineView>> byObjective() {
        Map<String, List<LineView>> groups = new LinkedHashMap<>();
        for (Objective objective : Objective.values()) {
            List<LineView> rows =
                    lines.stream().filter(l -> l.row().objective() == objective).toList();
            if (!rows.isEmpty()) groups.put(objective.label(), rows);
        }
        List<LineView> none =
                lines.stream().filter(l -> l.row().objective() == null).toList();
        if (!none.isEmpty()) groups.put("Sans objectif", none);
        return groups;
    }
}
