package fr.resilience360.territory;

import java.util.List;

/** The administrative division read from the bundled COG files, ready to store. */
record Division(List<Row> territories, List<Secondary> secondary, List<Membership> memberships) {

    /** A territory: what every module knows of it, and its registry details. */
    record Row(TerritorySummary summary, Registry registry) {

        String id() {
            return summary.id();
        }

        TerritoryType type() {
            return summary.type();
        }
    }

    /** The SIREN, postal codes, zone (metropole, DROM…) and chef-lieu of a territory, when it has them. */
    record Registry(String siren, List<String> postalCodes, String zone, String chefLieu) {}

    record Secondary(
            String nature, String code, String communeId, String name, Integer population, List<String> postalCodes) {}

    record Membership(String memberId, String parentId) {}

    long count(TerritoryType type) {
        return territories.stream().filter(t -> t.type() == type).count();
    }
}
