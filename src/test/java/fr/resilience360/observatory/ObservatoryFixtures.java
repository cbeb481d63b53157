package fr.resilience360.observatory;

import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritoryFixtures;
import fr.resilience360.territory.TerritorySummary;
import java.util.List;

/** Values the observatory's tests use without caring about them. */
public final class ObservatoryFixtures {

    private ObservatoryFixtures() {}

    /** CA Lorient Agglomération (SIREN 200042174, Morbihan): the territory the hand checks were made on. */
    public static TerritorySummary lorientAgglomeration(TerritoryDirectory directory) {
        return directory.find(TerritoryFixtures.LORIENT_AGGLOMERATION).orElseThrow();
    }

    /** A published value of a commune for 2022, with no coverage and no flag. */
    public static IndicatorValue anyPublishedValue(String territoryId, String indicatorId, double value) {
        return new IndicatorValue(
                new IndicatorValue.Key(territoryId, indicatorId, ObservationPeriod.ofYear(2022), ActorType.TERRITOIRES),
                value,
                new IndicatorValue.Provenance(ValueMethod.PUBLIE, null, null, List.of(), "any-dataset"));
    }
}
