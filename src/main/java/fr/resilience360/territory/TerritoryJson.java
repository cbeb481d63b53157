package fr.resilience360.territory;

import fr.resilience360.territory.typology.TypologyJson;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A territory as the API shows it (field names in French, as in API Géo); {@code typologie} for communes and EPCI only
 * (null otherwise).
 */
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
        List<Secondaire> secondaires,
        TypologyJson typologie) {

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

    /** Search results: a JSON array, the most relevant first. */
    @Schema(name = "ResultatsDeRecherche", description = "Résultats de recherche (avec q)")
    abstract static class Hits extends java.util.ArrayList<Hit> {}

    /** One page of a whole list of territories of a level, ordered by id. */
    @Schema(name = "PageDeTerritoires", description = "Une page de la liste des territoires d'un type (sans q)")
    record Page(
            @Schema(description = "Nombre de territoires du type", example = "1255")
            long total,

            @Schema(description = "Numéro de la page, à partir de 1", example = "1")
            int page,

            @Schema(description = "Taille maximale de la page", example = "100")
            int limit,

            List<Ref> territoires) {}

    static TerritoryJson of(TerritoryDetail d, TypologyJson typologie) {
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
                        .toList(),
                typologie);
    }
}
