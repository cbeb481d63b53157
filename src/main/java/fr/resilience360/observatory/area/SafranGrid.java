package fr.resilience360.observatory.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The points of a climate grid (DRIAS SAFRAN, 8 km) with their coordinates and, for each column and level of warming,
 * one value per point (NaN when the cell is empty): the file has one line per point and level.
 *
 * @param values by {@code column|level} (e.g. {@code NORTX35D_yr|GWL20}), arrays indexed like the points
 */
record SafranGrid(double[] longitude, double[] latitude, Map<String, double[]> values) {

    private static final double KM_PER_DEGREE = 111.195;

    /** The mean of the points' known values, and how many points had one. */
    record Mean(double value, int points) {}

    static SafranGrid read(InputStream in, GridMapping.Layout layout, List<String> columns) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Pattern separator = Pattern.compile(Pattern.quote(layout.separator()));
        List<String> header = List.of(separator.split(reader.readLine(), -1));
        int point = column(header, layout.point()), lat = column(header, layout.latitude());
        int lon = column(header, layout.longitude()), level = column(header, layout.level());
        int[] wanted = columns.stream().mapToInt(c -> column(header, c)).toArray();
        Map<String, Integer> indices = new HashMap<>();
        double[][] coordinates = new double[2][1024];
        Map<String, double[]> values = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) continue;
            String[] cells = separator.split(line, -1);
            Integer i = indices.get(cells[point]);
            if (i == null) {
                i = indices.size();
                indices.put(cells[point], i);
                if (i == coordinates[0].length) {
                    coordinates[0] = Arrays.copyOf(coordinates[0], i * 2);
                    coordinates[1] = Arrays.copyOf(coordinates[1], i * 2);
                }
                coordinates[0][i] = Double.parseDouble(cells[lon]);
                coordinates[1][i] = Double.parseDouble(cells[lat]);
            }
            for (int c = 0; c < wanted.length; c++) {
                double[] v = values.computeIfAbsent(columns.get(c) + '|' + cells[level], k -> nan(1024));
                if (i >= v.length) values.put(columns.get(c) + '|' + cells[level], v = grow(v));
                v[i] = number(cells[wanted[c]]);
            }
        }
        int n = indices.size();
        values.replaceAll((k, v) -> Arrays.copyOf(v, n));
        return new SafranGrid(Arrays.copyOf(coordinates[0], n), Arrays.copyOf(coordinates[1], n), values);
    }

    int size() {
        return longitude.length;
    }

    /** The indices of the points inside an outline. */
    int[] inside(Outline outline) {
        return java.util.stream.IntStream.range(0, size())
                .filter(i -> outline.contains(longitude[i], latitude[i]))
                .toArray();
    }

    /** The index of the point nearest to a place (longitude, latitude). */
    int nearest(double x, double y) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < size(); i++) {
            double d = distanceKm(i, x, y);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** The distance in km from a point of the grid to a place (equirectangular: exact enough at 10 km). */
    double distanceKm(int i, double x, double y) {
        double dx = (longitude[i] - x) * Math.cos(Math.toRadians((latitude[i] + y) / 2));
        double dy = latitude[i] - y;
        return Math.sqrt(dx * dx + dy * dy) * KM_PER_DEGREE;
    }

    /** The mean of the known values at these points; {@code null} when none of them has a value. */
    static Mean mean(double[] values, int[] points) {
        double sum = 0;
        int known = 0;
        for (int p : points)
            if (!Double.isNaN(values[p])) {
                sum += values[p];
                known++;
            }
        return known == 0 ? null : new Mean(sum / known, known);
    }

    private static int column(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("Colonne absente de la grille : " + name);
        return i;
    }

    private static double number(String cell) {
        String s = cell.trim();
        return s.isEmpty() || s.equalsIgnoreCase("NA") ? Double.NaN : Double.parseDouble(s);
    }

    private static double[] nan(int size) {
        double[] v = new double[size];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    private static double[] grow(double[] v) {
        double[] bigger = nan(v.length * 2);
        System.arraycopy(v, 0, bigger, 0, v.length);
        return bigger;
    }
}
