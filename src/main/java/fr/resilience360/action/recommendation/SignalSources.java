package fr.resilience360.action.recommendation;

import fr.resilience360.diagnostic.Diagnostic;
import fr.resilience360.diagnostic.IndicatorNote;
import fr.resilience360.diagnostic.prefill.Diag360Prefill;
import fr.resilience360.online.DiagnosticScores;
import fr.resilience360.online.OnlineDiagnostic;
import fr.resilience360.online.OnlineDiagnostics;
import fr.resilience360.online.PortraitHighlights;
import fr.resilience360.online.PortraitPerceptions;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.vulnerability.Hazard;
import fr.resilience360.vulnerability.NeedScoreSource;
import fr.resilience360.vulnerability.StressTests;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads a territory's signals from the modules that own them, never computing them again: the need scores of
 * {@link NeedScoreSource} (latest published diagnostic, else the open-data pre-fill) and the row notes of the same
 * base, the portrait's stress-test highlights ({@link PortraitHighlights}, implemented by {@code vulnerability}) and
 * the inhabitants' perceptions ({@link PortraitPerceptions}, implemented by {@code survey}).
 */
@Component
class SignalSources {

    private final NeedScoreSource scores;
    private final OnlineDiagnostics diagnostics;
    private final DiagnosticScores scoring;
    private final Diag360Prefill prefill;
    private final Referential referential;
    private final StressTests stressTests;
    private final ObjectProvider<PortraitHighlights> highlights;
    private final ObjectProvider<PortraitPerceptions> perceptions;

    SignalSources(
            NeedScoreSource scores,
            OnlineDiagnostics diagnostics,
            DiagnosticScores scoring,
            Diag360Prefill prefill,
            Referentials referentials,
            StressTests stressTests,
            ObjectProvider<PortraitHighlights> highlights,
            ObjectProvider<PortraitPerceptions> perceptions) {
        this.scores = scores;
        this.diagnostics = diagnostics;
        this.scoring = scoring;
        this.prefill = prefill;
        this.referential = referentials.byId(Referentials.DIAG360);
        this.stressTests = stressTests;
        this.highlights = highlights;
        this.perceptions = perceptions;
    }

    /** Changes whenever a signal of any territory may change, but for a publication (see {@code Recommendations}). */
    String version() {
        PortraitHighlights h = highlights.getIfAvailable();
        PortraitPerceptions p = perceptions.getIfAvailable();
        return (h == null ? "-" : h.version()) + "/" + (p == null ? "-" : p.version());
    }

    TerritorySignals of(TerritorySummary territory) {
        NeedScoreSource.Scores base = scores.of(territory);
        OnlineDiagnostic published = base.diagnosticId() == null ? null : diagnostics.require(base.diagnosticId());
        PortraitHighlights.Highlights hits = highlightsOf(territory);
        PortraitPerceptions.Perceptions seen = perceptionsOf(territory);
        List<NeedWeakness.Need> needs = new ArrayList<>();
        for (Need need : referential.needs())
            needs.add(new NeedWeakness.Need(
                    need.id(), need.name(), base.byNeed().get(need.id()), hitRank(hits, need), perception(seen, need)));
        return new TerritorySignals(
                Base.of(base.source()),
                base.diagnosticId(),
                published == null ? null : published.version(),
                needs,
                rows(
                        published == null
                                ? prefill.score(prefill.prefill(territory))
                                : scoring.score(published).scores()),
                hazards(hits),
                hits,
                seen == null ? null : seen.scope());
    }

    private PortraitHighlights.Highlights highlightsOf(TerritorySummary territory) {
        PortraitHighlights h = highlights.getIfAvailable();
        return h == null ? null : h.of(territory).orElse(null);
    }

    private PortraitPerceptions.Perceptions perceptionsOf(TerritorySummary territory) {
        PortraitPerceptions p = perceptions.getIfAvailable();
        return p == null ? null : p.of(territory.id()).orElse(null);
    }

    private static int hitRank(PortraitHighlights.Highlights hits, Need need) {
        if (hits == null) return 0;
        for (int i = 0; i < hits.needs().size(); i++)
            if (hits.needs().get(i).name().equals(need.name())) return i + 1;
        return 0;
    }

    private static Double perception(PortraitPerceptions.Perceptions seen, Need need) {
        PortraitPerceptions.Perception p = seen == null ? null : seen.need(need.id());
        return p == null || !p.shown() ? null : p.index();
    }

    /** The noted rows, lowest note first (a row id found under several needs keeps its lowest note). */
    private static List<ActionRanking.RowNote> rows(Diagnostic scored) {
        return scored.indicators().stream()
                .filter(IndicatorNote::hasNote)
                .map(n -> new ActionRanking.RowNote(
                        n.row().placement().id(), n.row().definition().designation(), n.note()))
                .sorted(Comparator.comparingDouble(ActionRanking.RowNote::note)
                        .thenComparing(ActionRanking.RowNote::id))
                .toList();
    }

    /** The highlights name hazards by label: the chains give their ids back. */
    private List<ActionRanking.Hazard> hazards(PortraitHighlights.Highlights hits) {
        if (hits == null) return List.of();
        List<ActionRanking.Hazard> out = new ArrayList<>();
        for (PortraitHighlights.ExposingHazard e : hits.hazards()) {
            Optional<Hazard> hazard = stressTests.chains().hazards().stream()
                    .filter(h -> h.label().equals(e.label()))
                    .findFirst();
            hazard.ifPresent(h -> out.add(new ActionRanking.Hazard(h.id(), h.label())));
        }
        return out;
    }
}
