package fr.resilience360.report.atlas;

import fr.resilience360.shared.BadParameterException;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.territory.typology.ResilienceType;
import fr.resilience360.territory.typology.TerritoryTypologies;
import fr.resilience360.territory.typology.Typology;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The typology as a map of categories (communes and EPCI only): {@code typologie} is the urban type, one of the three
 * exclusive « Villes et territoires résilients » types; {@code typologie:littoral}, {@code :montagne},
 * {@code :outre-mer} say whether the territory has that geographic type.
 */
@Component
class TypologyMaps {

    static final List<ResilienceType> URBAN = List.of(
            ResilienceType.GRANDES_VILLES_METROPOLES,
            ResilienceType.VILLES_MOYENNES_AGGLOMERATIONS,
            ResilienceType.PETITES_VILLES_CAMPAGNES);

    static final List<ResilienceType> GEOGRAPHIC =
            List.of(ResilienceType.LITTORAL, ResilienceType.MONTAGNE, ResilienceType.OUTRE_MER);

    private static final String SOURCE = "Source : typologie Résilience 360 d'après le Cerema (« Villes et"
            + " territoires résilients ») sur la grille de densité et les aires d'attraction (INSEE), les zones de"
            + " montagne (DGALN), la loi Littoral. " + AtlasSources.CONTOURS + ".";

    private final TerritoryTypologies typologies;

    TypologyMaps(TerritoryTypologies typologies) {
        this.typologies = typologies;
    }

    AtlasMap map(MapVariable variable, TerritoryType level, List<TerritorySummary> territories) {
        if (level != TerritoryType.COMMUNE && level != TerritoryType.EPCI)
            throw new BadParameterException(
                    "niveau", "La typologie ne couvre que les communes et les intercommunalités (EPCI).");
        ResilienceType geographic = geographic(variable);
        List<String> labels = geographic == null
                ? URBAN.stream().map(ResilienceType::label).toList()
                : List.of(geographic.label(), "Autre");
        List<AtlasMap.Row> rows = new ArrayList<>();
        for (TerritorySummary t : territories) {
            Integer c = typologies
                    .of(t.id())
                    .map(Typology::typeSet)
                    .map(types -> classOf(types, geographic))
                    .orElse(null);
            rows.add(new AtlasMap.Row(t, null, c, c == null ? ChoroplethMap.MISSING.label() : labels.get(c)));
        }
        String title = geographic == null
                ? "Type de territoire (« Villes et territoires résilients »)"
                : "Territoires du type « " + geographic.label() + " »";
        return new AtlasMap(
                variable,
                level,
                "typologie 2025",
                List.of(),
                title,
                "",
                SOURCE,
                MapClasses.categories(labels).classes(),
                rows,
                false);
    }

    private static Integer classOf(Set<ResilienceType> types, ResilienceType geographic) {
        if (geographic != null) return types.contains(geographic) ? 0 : 1;
        for (int i = 0; i < URBAN.size(); i++) if (types.contains(URBAN.get(i))) return i;
        return null;
    }

    private static ResilienceType geographic(MapVariable variable) {
        if (variable.id() == null) return null;
        return GEOGRAPHIC.stream()
                .filter(t -> t.code().equals(variable.id()))
                .findFirst()
                .orElseThrow(() -> MapVariable.unknown(variable));
    }
}
