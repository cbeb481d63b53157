package fr.resilience360.territory;

import java.util.List;

/** The administrative division read from the bundled COG files, ready to store. */
record Division(List<Row> territories, List<Secondary> secondary, List<Membership> memberships) {

    record Row(
            String id,
            String code,
            TerritoryType type,
            String nature,
            String name,
            String siren,
            Integer population,
            List<String> postalCodes,
            String zone,
            String chefLieu) {}

    record Secondary(
            String nature, String code, String communeId, String name, Integer population, List<String> postalCodes) {}

    record Membership(String memberId, String parentId) {}

    long count(TerritoryType type) {
        return territories.stream().filter(t -> t.type() == type).count();
    }
}
