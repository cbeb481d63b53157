package fr.resilience360.territory.typology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules giving a commune or an EPCI its types among the six of the « Villes et territoires résilients » cahiers,
 * all in one place, with their thresholds (documented with verified examples in {@code docs/typology.md}). One of the
 * three urban types (grandes villes et métropoles, villes moyennes et agglomérations, petites villes et campagnes),
 * plus littoral, montagne and outre-mer when their rule holds: a territory can have several types.
 */
final class TypologyRules {

    /** A commune of 100,000 inhabitants or more is a grande ville (INSEE's usual threshold for « grandes villes »). */
    static final int BIG_CITY_POPULATION = 100_000;
    /** An EPCI most of whose population lives in urban communes (density levels 1 to 3) is urban. */
    static final double URBAN_SHARE = 0.5;
    /** A quarter of the population in communes under the loi Littoral (sea) makes an EPCI littoral. */
    static final double COASTAL_POPULATION_SHARE = 0.25;
    /** Half of the area in the zone de montagne makes an EPCI montagne (the zone is drawn by area, not people). */
    static final double MOUNTAIN_AREA_SHARE = 0.5;
    /** Half of the population in DROM or COM communes makes an EPCI d'outre-mer (in practice: all or none). */
    static final double OVERSEAS_POPULATION_SHARE = 0.5;

    private static final List<String> METROPOLE_NATURES = List.of("METRO", "MET69");

    private TypologyRules() {}

    /** What the rules read of a commune: its population, density level (null outside the grid) and flags. */
    record CommuneFacts(
            int population,
            DensityClass density,
            boolean inMetropole,
            boolean coastal,
            boolean mountain,
            String zone) {}

    /**
     * What the rules read of an EPCI: its legal nature (CC, CA, CU, METRO, MET69), its most populated commune, and the
     * shares of its population (or area) in urban, coastal, mountain and overseas communes, from 0 to 1.
     */
    record EpciFacts(
            String nature,
            String mainCommune,
            int mainCommunePopulation,
            double urbanShare,
            double coastalShare,
            double mountainAreaShare,
            double overseasShare) {}

    static List<AssignedType> forCommune(CommuneFacts c) {
        List<AssignedType> types = new ArrayList<>();
        communeFabric(c).ifPresent(types::add);
        if (c.coastal())
            types.add(new AssignedType(ResilienceType.LITTORAL, "Commune soumise à la loi Littoral (mer)"));
        if (c.mountain()) types.add(new AssignedType(ResilienceType.MONTAGNE, "Commune en zone de montagne"));
        if (c.zone().equals("drom") || c.zone().equals("com"))
            types.add(new AssignedType(
                    ResilienceType.OUTRE_MER,
                    c.zone().equals("drom")
                            ? "Commune d'un département d'outre-mer"
                            : "Commune d'une collectivité d'outre-mer"));
        return types;
    }

    static List<AssignedType> forEpci(EpciFacts e) {
        List<AssignedType> types = new ArrayList<>();
        types.add(epciFabric(e));
        if (e.coastalShare() >= COASTAL_POPULATION_SHARE)
            types.add(new AssignedType(
                    ResilienceType.LITTORAL,
                    percent(e.coastalShare()) + " de la population dans des communes soumises à la loi Littoral (mer)"
                            + " (seuil : " + percent(COASTAL_POPULATION_SHARE) + ")"));
        if (e.mountainAreaShare() >= MOUNTAIN_AREA_SHARE)
            types.add(new AssignedType(
                    ResilienceType.MONTAGNE,
                    percent(e.mountainAreaShare()) + " de la superficie en zone de montagne (seuil : "
                            + percent(MOUNTAIN_AREA_SHARE) + ")"));
        if (e.overseasShare() >= OVERSEAS_POPULATION_SHARE)
            types.add(new AssignedType(ResilienceType.OUTRE_MER, "Intercommunalité d'outre-mer"));
        return types;
    }

    /**
     * A commune's urban type: grande ville from 100,000 inhabitants or when urban in a métropole; ville moyenne when
     * urban elsewhere; petite ville or campagne when the density grid puts it in petites villes, bourgs or rural
     * communes. None for the collectivités d'outre-mer, which the grid does not cover.
     */
    private static java.util.Optional<AssignedType> communeFabric(CommuneFacts c) {
        if (c.population() >= BIG_CITY_POPULATION)
            return typed(ResilienceType.GRANDES_VILLES_METROPOLES, "Commune de 100 000 habitants ou plus");
        if (c.density() == null) return java.util.Optional.empty();
        String grid = " (grille de densité : " + c.density().label().toLowerCase(Locale.FRENCH) + ")";
        if (c.density().isUrban() && c.inMetropole())
            return typed(ResilienceType.GRANDES_VILLES_METROPOLES, "Commune urbaine d'une métropole" + grid);
        if (c.density().isUrban())
            return typed(ResilienceType.VILLES_MOYENNES_AGGLOMERATIONS, "Commune urbaine hors métropole" + grid);
        return typed(ResilienceType.PETITES_VILLES_CAMPAGNES, "Commune non urbaine" + grid);
    }

    /**
     * An EPCI's urban type: métropoles, and EPCI whose main commune has 100,000 inhabitants or more, are grandes villes;
     * communautés d'agglomération and urbaines, and communautés de communes most of whose population is urban, are
     * villes moyennes et agglomérations; the other communautés de communes are petites villes et campagnes.
     */
    private static AssignedType epciFabric(EpciFacts e) {
        if (METROPOLE_NATURES.contains(e.nature()))
            return new AssignedType(ResilienceType.GRANDES_VILLES_METROPOLES, "Statut de métropole");
        if (e.mainCommunePopulation() >= BIG_CITY_POPULATION)
            return new AssignedType(
                    ResilienceType.GRANDES_VILLES_METROPOLES,
                    "Commune principale de 100 000 habitants ou plus (" + e.mainCommune() + ")");
        if (e.nature().equals("CA") || e.nature().equals("CU"))
            return new AssignedType(
                    ResilienceType.VILLES_MOYENNES_AGGLOMERATIONS,
                    e.nature().equals("CA") ? "Communauté d'agglomération" : "Communauté urbaine");
        String urban = percent(e.urbanShare()) + " de la population dans des communes urbaines (seuil : "
                + percent(URBAN_SHARE) + ")";
        return e.urbanShare() >= URBAN_SHARE
                ? new AssignedType(ResilienceType.VILLES_MOYENNES_AGGLOMERATIONS, "Communauté de communes, " + urban)
                : new AssignedType(ResilienceType.PETITES_VILLES_CAMPAGNES, "Communauté de communes, " + urban);
    }

    private static java.util.Optional<AssignedType> typed(ResilienceType type, String reason) {
        return java.util.Optional.of(new AssignedType(type, reason));
    }

    /** A share as French text, rounded down so that a share under a threshold never reads as the threshold. */
    static String percent(double share) {
        return (int) Math.floor(share * 100 + 1e-9) + " %";
    }
}
