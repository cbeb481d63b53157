package fr.resilience360.territory.typology;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.resilience360.territory.TerritorySummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A territory's typology as the API shows it (field names in French): its types with their reasons, the commune's
 * attributes or the EPCI's profile, and the sources. Shares run from 0 to 1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Typologie")
public record TypologyJson(List<Type> types, Commune commune, Epci epci, List<Source> sources) {

    @Schema(name = "TypologieType")
    public record Type(String code, String libelle, String motif) {}

    /** A level of a density grid (7 or 4 levels) and, for an EPCI, the share of its population in it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TypologieDensite")
    public record Densite(int niveau, String libelle, Double part) {
        static Densite of(DensityClass d, Double share) {
            return d == null ? null : new Densite(d.level(), d.label(), share);
        }

        static Densite of(DensityClass.Group g, Double share) {
            return g == null ? null : new Densite(g.level(), g.label(), share);
        }
    }

    @Schema(name = "TypologieAireAttraction")
    public record AireAttraction(
            String code, String nom, String categorie, String libelleCategorie, String taille, String libelleTaille) {
        static AireAttraction of(CommuneAttributes.Aav a) {
            return a == null
                    ? null
                    : new AireAttraction(a.code(), a.name(), a.category(), a.categoryLabel(), a.size(), a.sizeLabel());
        }
    }

    @Schema(name = "TypologieCommune")
    public record Commune(
            String zone,
            Double superficieKm2,
            Densite densite,
            Densite densite4,
            AireAttraction aireAttraction,
            Boolean montagne,
            Boolean montagnePartielle,
            String massif,
            Boolean littoral,
            List<String> programmes) {}

    @Schema(name = "TypologieCommuneMembre")
    public record Ref(String id, String nom, Integer population) {
        static Ref of(TerritorySummary t) {
            return new Ref(t.id(), t.name(), t.population());
        }
    }

    @Schema(name = "TypologieEpci")
    public record Epci(
            int communes,
            Ref communePrincipale,
            AireAttraction aireAttractionCommunePrincipale,
            Densite densiteDominante,
            Densite densiteDominante4,
            double partPopulationUrbaine,
            int communesLittorales,
            double partPopulationLittorale,
            int communesMontagne,
            double partSuperficieMontagne,
            double partPopulationMontagne,
            List<String> massifs,
            Map<String, List<Ref>> programmes,
            double partPopulationOutreMer) {}

    @Schema(name = "TypologieSource")
    public record Source(String attribut, String source, String millesime, String note) {}

    public static TypologyJson of(Typology t) {
        return new TypologyJson(
                t.types().stream()
                        .map(a -> new Type(a.type().code(), a.type().label(), a.reason()))
                        .toList(),
                t.commune() == null ? null : commune(t.commune()),
                t.epci() == null ? null : epci(t.epci()),
                Arrays.stream(TypologySource.values())
                        .map(s -> new Source(s.code(), s.producer(), s.vintage(), s.note()))
                        .toList());
    }

    private static Commune commune(CommuneAttributes c) {
        return new Commune(
                c.zone(),
                c.areaKm2(),
                Densite.of(c.density(), null),
                c.density() == null ? null : Densite.of(c.density().group(), null),
                AireAttraction.of(c.aav()),
                c.mountain(),
                c.mountainPartial(),
                c.massif(),
                c.coastalListCovers() ? c.coastal() : null,
                Arrays.stream(CommuneAttributes.Programme.values())
                        .filter(c::in)
                        .map(p -> p.name().toLowerCase())
                        .toList());
    }

    private static Epci epci(EpciProfile p) {
        Map<String, List<Ref>> programmes = new LinkedHashMap<>();
        p.programmes()
                .forEach((k, v) -> programmes.put(
                        k.name().toLowerCase(), v.stream().map(Ref::of).toList()));
        return new Epci(
                p.communes(),
                Ref.of(p.mainCommune()),
                AireAttraction.of(p.mainCommuneAttributes().aav()),
                Densite.of(p.dominantDensity(), round(p.dominantDensityShare())),
                Densite.of(p.dominantGroup(), round(p.dominantGroupShare())),
                round(p.urbanShare()),
                p.coastalCommunes(),
                round(p.coastalPopulationShare()),
                p.mountainCommunes(),
                round(p.mountainAreaShare()),
                round(p.mountainPopulationShare()),
                p.massifs(),
                programmes,
                round(p.overseasPopulationShare()));
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }
}
