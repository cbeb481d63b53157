package fr.resilience360.report.portrait;

import fr.resilience360.diagnostic.Diagnostic;
import fr.resilience360.diagnostic.IndicatorNote;
import fr.resilience360.diagnostic.prefill.Diag360Prefill;
import fr.resilience360.online.DiagnosticScores;
import fr.resilience360.online.OnlineDiagnostic;
import fr.resilience360.online.OnlineDiagnostics;
import fr.resilience360.online.RowEntry;
import fr.resilience360.online.ScoredDiagnostic;
import fr.resilience360.report.Portrait;
import fr.resilience360.report.TerritoryPortraits;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.vulnerability.NeedScoreSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The scores a report shows and the rows behind them: the territory's latest published online diagnostic when there
 * is one, else its Diagnostic 360° pre-filled with open data — chosen by {@link NeedScoreSource}, as for the stress
 * test and the recommendations, so that the three agree.
 */
@Component
class ReportScores {

    /**
     * @param byNeed the need scores by need id (absent or null: no score)
     * @param rowSources where each filled row's value comes from, in words, by row id
     * @param values the open-data values behind the rows, for the list of sources
     */
    record Scored(
            PortraitReport.Base base,
            Map<String, Double> byNeed,
            Diagnostic diagnostic,
            Map<String, String> rowSources,
            List<OpenValue> values) {}

    /** An open-data value used by a row: its observatory indicator, its dataset's title and its year. */
    record OpenValue(String indicatorId, String dataset, Integer year) {}

    private final NeedScoreSource scores;
    private final OnlineDiagnostics diagnostics;
    private final DiagnosticScores scoring;
    private final TerritoryPortraits portraits;

    ReportScores(
            NeedScoreSource scores,
            OnlineDiagnostics diagnostics,
            DiagnosticScores scoring,
            TerritoryPortraits portraits) {
        this.scores = scores;
        this.diagnostics = diagnostics;
        this.scoring = scoring;
        this.portraits = portraits;
    }

    /** Changes with every publication of a diagnostic. */
    String version() {
        return Long.toString(diagnostics.lastPublication());
    }

    Scored of(TerritorySummary territory) {
        NeedScoreSource.Scores used = scores.of(territory);
        return used.diagnosticId() == null
                ? openData(territory, used)
                : published(diagnostics.require(used.diagnosticId()), used);
    }

    private Scored published(OnlineDiagnostic diagnostic, NeedScoreSource.Scores used) {
        ScoredDiagnostic scored = scoring.score(diagnostic);
        Map<String, String> sources = new HashMap<>();
        List<OpenValue> values = new java.util.ArrayList<>();
        for (RowEntry row : scored.rows()) {
            if (!row.value().isFilled()) continue;
            String origin = row.origin() == null ? "saisie" : row.origin().label();
            String source = row.source() == null || row.source().isBlank() ? "" : " — " + row.source();
            sources.put(row.indicatorId(), "Diagnostic publié (" + origin + ")" + source);
            if (row.openData() != null && !row.overridesOpenData())
                values.add(new OpenValue(
                        row.openData().indicatorId(),
                        row.openData().source(),
                        row.openData().year()));
        }
        var base = new PortraitReport.Base(
                true, diagnostic.version(), diagnostic.path(), filled(scored.scores()), rows(scored.scores()));
        return new Scored(base, used.byNeed(), scored.scores(), sources, values);
    }

    private Scored openData(TerritorySummary territory, NeedScoreSource.Scores used) {
        Portrait portrait = portraits.portrait(territory);
        Map<String, String> sources = new HashMap<>();
        List<OpenValue> values = new java.util.ArrayList<>();
        for (Portrait.NeedPortrait need : portrait.needs())
            for (Portrait.Line line : need.lines()) {
                if (line.prefilled().isEmpty()) continue;
                Diag360Prefill.Valeur v = line.prefilled().get();
                sources.put(line.row().id(), v.source() + (v.annee() == null ? "" : ", " + v.annee()));
                values.add(new OpenValue(v.indicateur(), v.source(), v.annee()));
            }
        Diagnostic diagnostic = portrait.diagnostic();
        var base = new PortraitReport.Base(false, null, null, filled(diagnostic), rows(diagnostic));
        return new Scored(base, used.byNeed(), diagnostic, sources, values);
    }

    private static int filled(Diagnostic diagnostic) {
        return (int) diagnostic.indicators().stream()
                .filter(n -> n.value().isFilled())
                .count();
    }

    private static int rows(Diagnostic diagnostic) {
        return diagnostic.indicators().size();
    }

    /** The noted rows of a need, lowest note first. */
    static List<IndicatorNote> noted(Diagnostic diagnostic, String needId) {
        return diagnostic.indicators().stream()
                .filter(n -> n.hasNote() && n.row().need().equals(needId))
                .sorted(java.util.Comparator.comparingDouble(IndicatorNote::note)
                        .thenComparing(n -> n.row().id()))
                .toList();
    }
}
