package fr.resilience360.territory;

import java.util.List;

/** A territory as the API shows it (field names in French, as in API Géo). */
record TerritoryJson(
        String id,
        String code,
        String nom,
        String type,
        String nature,
        Integer population,
        String siren,
        List<String> codesPostaux,
        List<Ref> parents,
        List<Ref> membres,
        List<Ref> epci,
        List<Secondaire> secondaires) {

    record Ref(String id, String code, String nom, String type, String nature, Integer population) {
        static Ref of(TerritorySummary t) {
            return new Ref(t.id(), t.code(), t.name(), t.type().code(), t.nature(), t.population());
        }
    }

    record Secondaire(String code, String nom, String nature, Integer population) {}

    record Hit(String id, String code, String nom, String type, String nature, Integer population, String contexte) {
        static Hit of(SearchResult r) {
            return new Hit(r.id(), r.code(), r.label(), r.type().code(), r.nature(), r.population(), r.context());
        }
    }

    static TerritoryJson of(TerritoryDetail d) {
        TerritorySummary t = d.territory();
        return new TerritoryJson(
                t.id(),
                t.code(),
                t.name(),
                t.type().code(),
                t.nature(),
                t.population(),
                d.siren(),
                d.postalCodes(),
                d.parents().stream().map(Ref::of).toList(),
                d.members().stream().map(Ref::of).toList(),
                d.epcis().stream().map(Ref::of).toList(),
                d.secondary().stream()
                        .map(s -> new Secondaire(s.code(), s.name(), s.nature(), s.population()))
                        .toList());
    }
}
