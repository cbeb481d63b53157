package fr.resilience360.territory.typology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Reads the bundled typology files (see {@code data/README.md}): the per-commune join of the INSEE density grid, AAV,
 * mountain, coastal and ANCT lists, the INSEE AAV file for the aires' names, and INSEE's legend of the AAV codes.
 */
final class TypologyFiles {

    static final Resource INPUTS = new ClassPathResource("data/typologie/typologie_inputs_cog2025.csv.gz");
    static final Resource AAV = new ClassPathResource("data/typologie/insee_aav2020_uu2020_ze_bv_cog2025.csv.gz");
    static final Resource LEGEND = new ClassPathResource("data/typologie/legende_codes_aav_uu.csv.gz");

    static Resource[] all() {
        return new Resource[] {INPUTS, AAV, LEGEND};
    }

    List<CommuneAttributes> read() {
        Map<String, String> legend = new HashMap<>();
        forEachRow(LEGEND, r -> legend.put(r.get("variable") + ":" + r.get("code"), r.get("libelle")));
        Map<String, String> aavNames = new HashMap<>();
        forEachRow(AAV, r -> aavNames.put(r.get("aav2020"), r.get("lib_aav2020")));
        List<CommuneAttributes> communes = new ArrayList<>();
        forEachRow(INPUTS, r -> communes.add(commune(r, legend, aavNames)));
        return communes;
    }

    private static CommuneAttributes commune(Row r, Map<String, String> legend, Map<String, String> aavNames) {
        String density = r.get("dens7_2025");
        String aav = r.get("aav2020");
        return new CommuneAttributes(
                r.get("code_commune"),
                r.get("zone"),
                r.decimal("superficie_km2"),
                density == null ? null : DensityClass.ofLevel(Integer.parseInt(density)),
                aav == null
                        ? null
                        : new CommuneAttributes.Aav(
                                aav,
                                aavNames.get(aav),
                                r.get("cateaav2020"),
                                legend.get("CATEAAV2020:" + r.get("cateaav2020")),
                                r.get("taav2017"),
                                legend.get("TAAV2017:" + r.get("taav2017"))),
                r.flag("zone_montagne"),
                r.flag("zone_montagne_partielle"),
                r.get("massif"),
                Boolean.TRUE.equals(r.flag("littoral_mer_2019")),
                Boolean.TRUE.equals(r.flag("acv")),
                Boolean.TRUE.equals(r.flag("pvd")),
                Boolean.TRUE.equals(r.flag("ort")));
    }

    /** One line of a CSV file, by column name; an empty field is null. */
    record Row(Map<String, Integer> columns, String[] fields, String file) {

        String get(String column) {
            Integer i = columns.get(column);
            if (i == null) throw new IllegalStateException("Colonne « " + column + " » absente de " + file);
            String value = i < fields.length ? fields[i].strip() : "";
            return value.isEmpty() ? null : value;
        }

        Boolean flag(String column) {
            String value = get(column);
            return value == null ? null : value.equals("1");
        }

        Double decimal(String column) {
            String value = get(column);
            return value == null ? null : Double.valueOf(value);
        }
    }

    /** The files are plain comma-separated UTF-8 without quoted fields; a quote means another format, refused. */
    private static void forEachRow(Resource resource, Consumer<Row> action) {
        String file = resource.getFilename();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(resource.getInputStream()), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null) throw new IllegalStateException("Fichier de typologie vide : " + file);
            Map<String, Integer> columns = new HashMap<>();
            String[] names = header.replace("\uFEFF", "").split(",", -1);
            for (int i = 0; i < names.length; i++) columns.put(names[i].strip(), i);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) continue;
                if (line.indexOf('"') >= 0)
                    throw new IllegalStateException("Champ entre guillemets inattendu dans " + file + " : " + line);
                action.accept(new Row(columns, line.split(",", -1), file));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Fichier de typologie illisible : " + file, e);
        }
    }
}
