package fr.resilience360.territory;

/** Territories the tests of every module use without caring about their details. */
public final class TerritoryFixtures {

    /** CA Lorient Agglomération, Morbihan: 25 communes, the territory the hand checks were made on. */
    public static final String LORIENT_AGGLOMERATION = "200042174";

    /** Lorient, the commune. */
    public static final String LORIENT = "56121";

    private TerritoryFixtures() {}

    /** A territory of that type with this id, name and population; its code is its id, its nature unspecified. */
    public static TerritorySummary anyTerritory(String id, String name, TerritoryType type, Integer population) {
        return new TerritorySummary(id, id, name, type, "x", population);
    }

    /** A commune with this INSEE code and name. */
    public static TerritorySummary anyCommune(String code, String name) {
        return anyTerritory(code, name, TerritoryType.COMMUNE, 1_000);
    }
}
