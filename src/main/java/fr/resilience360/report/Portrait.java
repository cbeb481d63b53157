package fr.resilience360.report;

import fr.resilience360.diagnostic.Diagnostic;
import fr.resilience360.diagnostic.NeedScore;
import fr.resilience360.diagnostic.NoteClasses;
import fr.resilience360.diagnostic.prefill.Diag360Prefill;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Need;
import fr.resilience360.territory.TerritorySummary;
import java.util.List;
import java.util.Optional;

/**
 * A territory's Diagnostic 360° as far as open data can fill it: every row of the grid, pre-filled where the
 * observatory has a value, the rest left for the collectivité to declare (shown as missing, never as zero).
 *
 * @param rows the referential's rows in order, with their pre-filled value when there is one
 * @param diagnostic the scores computed by the Diag360 engine from the pre-filled values only
 */
public record Portrait(
        TerritorySummary territory, String referentialName, List<NeedPortrait> needs, Diagnostic diagnostic) {

    /**
     * One row of the grid and what open data says of it. {@code absence}: why a row the observatory could feed has no
     * value for this territory (null when no rule feeds the row, or when it has a value).
     */
    public record Line(IndicatorRow row, Optional<Diag360Prefill.Valeur> prefilled, String absence) {

        /** What differs from the Diag360 definition, when the pre-filled figure is an approximation of it. */
        public String approximation() {
            return prefilled.map(Diag360Prefill.Valeur::approximation).orElse(null);
        }

        public Double note() {
            return prefilled.map(Diag360Prefill.Valeur::note).orElse(null);
        }

        public String noteClass() {
            return NoteClasses.of(note());
        }
    }

    /** A need with its score (mean of the notes that exist) and its rows. */
    public record NeedPortrait(Need need, NeedScore score, List<Line> lines) {

        public long prefilledCount() {
            return lines.stream().filter(l -> l.prefilled().isPresent()).count();
        }

        public String scoreClass() {
            return NoteClasses.of(score.score());
        }
    }

    /** The needs' names, scores (null: none) and categories (« Vitaux »…), in the referential's order. */
    public List<String> needNames() {
        return needs.stream().map(n -> n.need().name()).toList();
    }

    public List<Double> needScores() {
        return needs.stream().map(n -> n.score().score()).toList();
    }

    public List<String> needCategories() {
        return needs.stream().map(n -> n.need().category().workbookLabel()).toList();
    }

    public long prefilledCount() {
        return needs.stream().mapToLong(NeedPortrait::prefilledCount).sum();
    }

    /** Pre-filled rows whose figure only approximates the Diag360 definition. */
    public long approximatedCount() {
        return needs.stream()
                .flatMap(n -> n.lines().stream())
                .filter(l -> l.approximation() != null)
                .count();
    }

    public int rowCount() {
        return diagnostic.indicators().size();
    }

    /** Needs with a score, strongest first. */
    public List<NeedPortrait> scoredNeedsByScore() {
        return needs.stream()
                .filter(n -> n.score().score() != null)
                .sorted(java.util.Comparator.comparing(
                                (NeedPortrait n) -> n.score().score())
                        .reversed())
                .toList();
    }
}
