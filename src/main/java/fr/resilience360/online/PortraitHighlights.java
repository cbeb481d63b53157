package fr.resilience360.online;

import fr.resilience360.territory.TerritorySummary;
import java.util.List;
import java.util.Optional;

/**
 * What a module that reads the online diagnostic adds to a territory's portrait, without this module knowing it (the
 * {@code vulnerability} module implements it: it depends on this one, so this one may not depend on it). Rendered
 * around the cached portrait body, for every request: the implementation keeps its own results as long as what they
 * depend on has not changed.
 */
public interface PortraitHighlights {

    /** The highlights of a territory, empty when there is nothing to show. */
    Optional<Highlights> of(TerritorySummary territory);

    /**
     * Changes whenever the highlights of any territory may change (except with a publication, which the pages' cache
     * already follows): the published portraits kept for anonymous visitors are rendered again then.
     */
    String version();

    /**
     * The territory's most exposing hazards and its most hit needs.
     *
     * @param scenario how the needs were hit, in words
     * @param link the page that explains it
     */
    record Highlights(List<ExposingHazard> hazards, List<HitNeed> needs, String scenario, String link) {

        public Highlights {
            hazards = List.copyOf(hazards);
            needs = List.copyOf(needs);
        }
    }

    /**
     * @param exposure 0–1
     * @param level 1 (faible) to 4 (très forte)
     * @param origin where the exposure comes from, in words
     */
    record ExposingHazard(String label, double exposure, int level, String origin) {}

    /** @param impact inoperability q, 0 (fully met) to 1 (not met at all) */
    record HitNeed(String name, double impact) {}
}
