package fr.resilience360.online;

import fr.resilience360.comparison.Comparison;
import fr.resilience360.comparison.ReferenceScores;
import fr.resilience360.territory.Territories;
import org.springframework.stereotype.Component;

/** An online diagnostic's need scores beside similar territories' and a reference territory's (module comparison). */
@Component
class OnlineComparisons {

    private final ReferenceScores scores;
    private final Territories territories;

    OnlineComparisons(ReferenceScores scores, Territories territories) {
        this.scores = scores;
        this.territories = territories;
    }

    /** For a group of communes, which has no similar territories, the scores alone (no quartiles, no reference). */
    Comparison of(DiagnosticView view, String referenceCode) {
        boolean group = view.diagnostic().group() != null;
        return Comparison.of(
                group ? "" : view.territory().id(),
                view.needs().stream().map(n -> n.need().name()).toList(),
                view.needs().stream().map(n -> n.score().score()).toList(),
                scores,
                territories,
                group ? null : referenceCode);
    }
}
