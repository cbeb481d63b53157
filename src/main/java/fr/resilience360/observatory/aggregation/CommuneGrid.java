package fr.resilience360.observatory.aggregation;

import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The communes indexed from 0 (by id), their population and, for every larger territory, the indices of its member
 * communes: the frame in which commune values are arrays and aggregation is arithmetic.
 */
record CommuneGrid(Map<String, Integer> indices, String[] ids, double[] population, Map<String, int[]> members) {

    static CommuneGrid of(TerritoryDirectory directory) {
        List<TerritorySummary> communes = directory.ofType(TerritoryType.COMMUNE);
        String[] ids = new String[communes.size()];
        double[] population = new double[communes.size()];
        Map<String, Integer> indices = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            TerritorySummary c = communes.get(i);
            ids[i] = c.id();
            population[i] = c.population() == null ? 0 : c.population();
            indices.put(c.id(), i);
        }
        Map<String, int[]> members = new HashMap<>();
        directory
                .communesByParent()
                .forEach((parent, list) ->
                        members.put(parent, list.stream().mapToInt(indices::get).toArray()));
        return new CommuneGrid(indices, ids, population, members);
    }

    /** A grid of these communes only, all members of one territory named {@code key} (a group of communes). */
    static CommuneGrid group(String key, List<TerritorySummary> communes) {
        String[] ids = new String[communes.size()];
        double[] population = new double[communes.size()];
        Map<String, Integer> indices = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            TerritorySummary c = communes.get(i);
            ids[i] = c.id();
            population[i] = c.population() == null ? 0 : c.population();
            indices.put(c.id(), i);
        }
        int[] all = java.util.stream.IntStream.range(0, ids.length).toArray();
        return new CommuneGrid(indices, ids, population, Map.of(key, all));
    }

    Integer index(String communeId) {
        return indices.get(communeId);
    }

    /** An array of commune values with none known (NaN). */
    double[] empty() {
        double[] values = new double[ids.length];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}
