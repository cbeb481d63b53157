package fr.resilience360.territory.typology;

import fr.resilience360.territory.TerritorySummary;
import java.util.List;
import java.util.Map;

/**
 * An EPCI's typology attributes, derived from its member communes by the rules of {@link EpciProfiles}. Shares run
 * from 0 to 1; population shares are weighted by the communes' municipal population (COG 2025), area shares by their
 * area (COG 2024).
 *
 * @param communes the member communes the typology files describe
 * @param mainCommune the most populated member commune, whose aire d'attraction stands for the EPCI's
 * @param dominantDensity the density level holding the largest share of the population (the denser one on a tie)
 * @param dominantGroup the same on the 4-level grid
 * @param urbanShare share of the population in urban communes (density levels 1 to 3)
 * @param programmes for each ANCT programme, its member communes, most populated first
 */
public record EpciProfile(
        int communes,
        TerritorySummary mainCommune,
        CommuneAttributes mainCommuneAttributes,
        DensityClass dominantDensity,
        double dominantDensityShare,
        DensityClass.Group dominantGroup,
        double dominantGroupShare,
        double urbanShare,
        int coastalCommunes,
        double coastalPopulationShare,
        int mountainCommunes,
        double mountainAreaShare,
        double mountainPopulationShare,
        List<String> massifs,
        Map<CommuneAttributes.Programme, List<TerritorySummary>> programmes,
        double overseasPopulationShare) {}
