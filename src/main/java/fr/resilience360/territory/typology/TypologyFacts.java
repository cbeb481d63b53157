package fr.resilience360.territory.typology;

import fr.resilience360.territory.TerritorySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The typology of a territory as the page lists it: one French term, value and source per attribute. */
final class TypologyFacts {

    private TypologyFacts() {}

    static List<TypologyFact> of(Typology t) {
        return t.commune() != null ? commune(t.commune()) : epci(t.epci());
    }

    static List<TypologyFact> commune(CommuneAttributes c) {
        List<TypologyFact> facts = new ArrayList<>();
        facts.add(new TypologyFact(
                "Densité (grille à 7 niveaux)",
                c.density() == null
                        ? "non couverte"
                        : c.density().label() + " (niveau " + c.density().level() + " sur 7)",
                TypologySource.DENSITY));
        facts.add(new TypologyFact(
                "Densité (grille à 4 niveaux)",
                c.density() == null ? "non couverte" : c.density().group().label(),
                TypologySource.DENSITY));
        facts.add(new TypologyFact("Aire d'attraction des villes", aav(c.aav()), TypologySource.AAV));
        facts.add(new TypologyFact("Zone de montagne", mountain(c), TypologySource.MOUNTAIN));
        facts.add(new TypologyFact(
                "Commune littorale (loi Littoral, mer)",
                !c.coastalListCovers() ? "non couverte" : c.coastal() ? "oui" : "non",
                TypologySource.COASTAL));
        facts.add(new TypologyFact(
                "Programmes de l'ANCT",
                c.programmes().isEmpty() ? "aucun" : String.join(", ", c.programmes()),
                TypologySource.PROGRAMMES));
        if (c.areaKm2() != null)
            facts.add(new TypologyFact(
                    "Superficie", String.format(Locale.FRANCE, "%.1f km²", c.areaKm2()), TypologySource.AREA));
        return facts;
    }

    static List<TypologyFact> epci(EpciProfile p) {
        List<TypologyFact> facts = new ArrayList<>();
        String ofPopulation = " de la population";
        facts.add(new TypologyFact(
                "Densité dominante (grille à 7 niveaux, pondérée par la population)",
                p.dominantDensity() == null
                        ? "non couverte"
                        : p.dominantDensity().label() + " : " + percent(p.dominantDensityShare()) + ofPopulation,
                TypologySource.DENSITY));
        facts.add(new TypologyFact(
                "Densité dominante (grille à 4 niveaux)",
                p.dominantGroup() == null
                        ? "non couverte"
                        : p.dominantGroup().label() + " : " + percent(p.dominantGroupShare()) + ofPopulation,
                TypologySource.DENSITY));
        facts.add(new TypologyFact(
                "Population dans des communes urbaines (niveaux 1 à 3)",
                percent(p.urbanShare()),
                TypologySource.DENSITY));
        facts.add(new TypologyFact(
                "Aire d'attraction de la commune principale",
                p.mainCommune().name() + " : " + aav(p.mainCommuneAttributes().aav()),
                TypologySource.AAV));
        String massifs = p.massifs().isEmpty() ? "" : " ; massifs : " + String.join(", ", p.massifs());
        facts.add(new TypologyFact(
                "Zone de montagne",
                percent(p.mountainAreaShare()) + " de la superficie et " + percent(p.mountainPopulationShare())
                        + ofPopulation + " (" + communes(p.mountainCommunes(), p.communes()) + ")" + massifs,
                TypologySource.MOUNTAIN));
        facts.add(new TypologyFact(
                "Communes littorales (loi Littoral, mer)",
                communes(p.coastalCommunes(), p.communes()) + ", " + percent(p.coastalPopulationShare()) + ofPopulation,
                TypologySource.COASTAL));
        facts.add(new TypologyFact("Programmes de l'ANCT", programmes(p), TypologySource.PROGRAMMES));
        return facts;
    }

    private static String aav(CommuneAttributes.Aav aav) {
        if (aav == null) return "non couverte";
        if (aav.code().equals("000")) return aav.categoryLabel();
        return aav.categoryLabel() + " de l'aire « " + aav.name() + " » ("
                + aav.sizeLabel().toLowerCase(Locale.FRENCH) + ")";
    }

    private static String mountain(CommuneAttributes c) {
        if (c.mountain() == null) return "non renseignée";
        String zone = c.inMountainZone() ? (Boolean.TRUE.equals(c.mountain()) ? "oui" : "en partie") : "non";
        return c.massif() == null ? zone : zone + " ; massif : " + c.massif();
    }

    private static String programmes(EpciProfile p) {
        String text = p.programmes().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey().label() + " : "
                        + e.getValue().stream().map(TerritorySummary::name).collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" ; "));
        return text.isEmpty() ? "aucune commune" : text;
    }

    private static String communes(int count, int of) {
        return count + (count > 1 ? " communes" : " commune") + " sur " + of;
    }

    private static String percent(double share) {
        return TypologyRules.percent(share);
    }
}
