package fr.resilience360.action.recommendation;

import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.online.OnlineDiagnostics;
import fr.resilience360.territory.TerritorySummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Computes a territory's recommendations from its signals and the catalogue ({@link NeedWeakness},
 * {@link ActionRanking}, {@link RecommendationReasons}); keeps them per territory until a publication, the
 * stress-test highlights' inputs (observatory data, chains, pre-filled scores, declarations), the perceptions or the
 * catalogue change. Only the asked territory is ever computed.
 */
@Service
class Recommendations {

    private static final int MAX_ENTRIES = 512;

    private final SignalSources sources;
    private final Catalogue catalogue;
    private final OnlineDiagnostics diagnostics;
    private final Map<String, Recommendation> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Recommendation> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    Recommendations(SignalSources sources, Catalogue catalogue, OnlineDiagnostics diagnostics) {
        this.sources = sources;
        this.catalogue = catalogue;
        this.diagnostics = diagnostics;
    }

    /** Changes whenever the recommendations of any territory may change. */
    String version() {
        return diagnostics.lastPublication() + "/" + sources.version() + "/" + catalogue.version();
    }

    Recommendation of(TerritorySummary territory) {
        String key = territory.id() + "@" + version();
        synchronized (kept) {
            Recommendation r = kept.get(key);
            if (r != null) return r;
        }
        Recommendation computed = compute(territory);
        synchronized (kept) {
            kept.put(key, computed);
        }
        return computed;
    }

    private Recommendation compute(TerritorySummary territory) {
        TerritorySignals signals = sources.of(territory);
        ActionRanking.Territory ranking =
                ActionRanking.Territory.of(signals.needs(), signals.rows(), signals.hazards());
        List<CatalogueAction> actions = catalogue.actions();
        List<Recommendation.Ranked> ranked = new ArrayList<>();
        for (ActionRanking.Scored s : ActionRanking.rank(actions, ranking)) {
            String need = s.need() == null ? null : s.need().id();
            int improving = need == null ? 0 : catalogue.improving(need).size();
            ranked.add(new Recommendation.Ranked(
                    ranked.size() + 1,
                    s.action(),
                    s.priority(),
                    need,
                    RecommendationReasons.reason(s, improving, signals.scenario())));
        }
        return new Recommendation(
                territory,
                signals,
                NeedWeakness.ordered(signals.needs()),
                NeedWeakness.weakest(signals.needs()),
                List.copyOf(ranked));
    }
}
