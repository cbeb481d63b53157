package fr.resilience360.online;

import fr.resilience360.diagnostic.Anomaly;
import fr.resilience360.diagnostic.GroupScore;
import fr.resilience360.diagnostic.NoteClasses;
import fr.resilience360.territory.TerritorySummary;
import java.util.Comparator;
import java.util.List;

/** A diagnostic as its pages show it: scores by need with their rows, and what the person looking may do. */
public record DiagnosticView(
        ScoredDiagnostic scored,
        TerritorySummary territory,
        List<NeedView> needs,
        boolean mayEdit,
        boolean mayPublish,
        boolean member) {

    public OnlineDiagnostic diagnostic() {
        return scored.diagnostic();
    }

    /** What the diagnostic is about: its territory's name, or its group of communes' title. */
    public String subjectName() {
        return diagnostic().subject(territory.name());
    }

    public int completionPercent() {
        return Math.round((float) (100 * scored.scores().completion()));
    }

    public long answeredCount() {
        return scored.rows().stream().filter(r -> r.value().isFilled()).count();
    }

    public long openDataCount() {
        return scored.rows().stream()
                .filter(r -> r.origin() == ValueOrigin.DONNEES_OUVERTES)
                .count();
    }

    public List<Anomaly> anomalies() {
        return scored.scores().anomalies();
    }

    public List<GroupScore> objectives() {
        return scored.scores().objectives();
    }

    public List<GroupScore> categories() {
        return scored.scores().categories();
    }

    /** The three best-scored needs, best first. */
    public List<NeedView> strengths() {
        return scoredNeeds()
                .sorted(Comparator.comparing((NeedView n) -> n.score().score()).reversed())
                .limit(3)
                .toList();
    }

    /** The three worst-scored needs, worst first. */
    public List<NeedView> weaknesses() {
        return scoredNeeds()
                .sorted(Comparator.comparing((NeedView n) -> n.score().score()))
                .limit(3)
                .toList();
    }

    public NeedView need(String needId) {
        return needs.stream()
                .filter(n -> n.need().id().equals(needId))
                .findFirst()
                .orElse(null);
    }

    public String scoreText(GroupScore group) {
        return NoteClasses.text(group.score());
    }

    public String scoreClass(GroupScore group) {
        return NoteClasses.of(group.score());
    }

    private java.util.stream.Stream<NeedView> scoredNeeds() {
        return needs.stream().filter(n -> n.score().score() != null);
    }
}
