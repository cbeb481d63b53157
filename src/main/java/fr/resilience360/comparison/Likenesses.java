package fr.resilience360.comparison;

import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.territory.typology.CommuneAttributes;
import fr.resilience360.territory.typology.EpciProfile;
import fr.resilience360.territory.typology.TerritoryTypologies;
import fr.resilience360.territory.typology.Typology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link Likeness} of territories, from the division in memory (each commune's département and région; an EPCI's
 * main département and its région; a département's région, that of its communes) and the typology.
 */
final class Likenesses {

    private final TerritoryDirectory directory;
    private final TerritoryTypologies typologies;
    private final Map<String, TerritorySummary> departementOfCommune = new HashMap<>();
    private final Map<String, TerritorySummary> regionOfCommune = new HashMap<>();
    private final Map<String, List<String>> communesByParent;

    Likenesses(TerritoryDirectory directory, TerritoryTypologies typologies) {
        this.directory = directory;
        this.typologies = typologies;
        Map<String, TerritorySummary> byId = new HashMap<>();
        directory.ofType(TerritoryType.DEPARTEMENT).forEach(t -> byId.put(t.id(), t));
        directory.ofType(TerritoryType.REGION).forEach(t -> byId.put(t.id(), t));
        communesByParent = directory.communesByParent();
        communesByParent.forEach((parent, communes) -> {
            TerritorySummary p = byId.get(parent);
            if (p == null) return;
            var into = p.type() == TerritoryType.DEPARTEMENT ? departementOfCommune : regionOfCommune;
            communes.forEach(c -> into.put(c, p));
        });
    }

    Likeness of(TerritorySummary t) {
        Optional<Typology> typology = typologies.of(t.id());
        return switch (t.type()) {
            case COMMUNE ->
                new Likeness(
                        t,
                        typology.map(Typology::commune)
                                .map(CommuneAttributes::density)
                                .orElse(null),
                        null,
                        departementOfCommune.get(t.id()),
                        regionOfCommune.get(t.id()));
            case EPCI -> {
                TerritorySummary departement = directory.mainDepartement(t);
                var group = typology.map(Typology::epci).map(EpciProfile::dominantGroup);
                yield new Likeness(t, null, group.orElse(null), departement, regionOf(departement));
            }
            case DEPARTEMENT -> new Likeness(t, null, null, t, regionOf(t));
            case REGION, PAYS -> new Likeness(t, null, null, null, t.type() == TerritoryType.REGION ? t : null);
        };
    }

    /** A département's région: that of its communes. */
    private TerritorySummary regionOf(TerritorySummary departement) {
        List<String> communes = communesByParent.getOrDefault(departement.id(), List.of());
        return communes.isEmpty() ? null : regionOfCommune.get(communes.get(0));
    }
}
