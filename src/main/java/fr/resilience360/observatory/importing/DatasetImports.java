package fr.resilience360.observatory.importing;

import fr.resilience360.database.ClusterLocks;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.shared.DatasetLoads;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Imports datasets described by a mapping: the bundled ones (each {@code data/<theme>/*.mapping.yaml} with its
 * gzip-compressed file) and any other official file with a mapping. One transaction per dataset: a rejected file
 * changes nothing; a re-import replaces the dataset's values (no duplicates).
 */
@Service
public class DatasetImports {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ValueRepository values;
    private final ImportMetrics metrics;
    private final CodeResolver codes;
    private final DatasetLoads loads;
    private final ClusterLocks locks;

    DatasetImports(
            ValueRepository values, CodeResolver codes, DatasetLoads loads, ImportMetrics metrics, ClusterLocks locks) {
        this.values = values;
        this.metrics = metrics;
        this.codes = codes;
        this.loads = loads;
        this.locks = locks;
    }

    /** A bundled dataset: its mapping and data file on the classpath. */
    public record Bundled(DatasetMapping mapping, Resource mappingResource, Resource data) {
        public String id() {
            return mapping.dataset().id();
        }

        public String version() {
            return DatasetLoads.checksum(mappingResource, data);
        }
    }

    public record Report(String dataset, int lines, int values, int unknownCodes, List<String> unknownExamples) {}

    public List<Bundled> bundled() {
        try {
            Resource[] mappings =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:data/*/*.mapping.yaml");
            List<Bundled> out = new ArrayList<>();
            for (Resource r : Arrays.stream(mappings)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList()) {
                DatasetMapping mapping = readMapping(r);
                Resource data = r.createRelative(mapping.dataset().resource());
                out.add(new Bundled(mapping, r, data));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Correspondances des jeux de données illisibles", e);
        }
    }

    public static DatasetMapping readMapping(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return YAML.readValue(in, DatasetMapping.class);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(resource.getFilename(), "correspondance illisible : " + e.getMessage());
        }
    }

    public boolean isUpToDate(Bundled b) {
        return loads.isLoaded(Observatory.LOAD_PREFIX + b.id(), b.version());
    }

    public Report importBundled(Bundled b, Consumer<String> progress) {
        return importFile(b.mapping(), b.data(), b.version(), progress);
    }

    /**
     * Imports a file (gzip-compressed or not) with a mapping, in one transaction; one import of a dataset at a time for
     * all the instances of the application on the database (a second one waits for the first).
     */
    public Report importFile(DatasetMapping mapping, Resource file, String version, Consumer<String> progress) {
        return locks.runExclusively(
                "observatory.import/" + mapping.dataset().id(), () -> importNow(mapping, file, version, progress));
    }

    private Report importNow(DatasetMapping mapping, Resource file, String version, Consumer<String> progress) {
        String name = file.getFilename();
        MappingValidation.validate(mapping, name);
        DatasetParser.Parsed parsed;
        try (InputStream raw = file.getInputStream();
                InputStream in = name != null && name.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            progress.accept("  " + mapping.dataset().id() + " : lecture de " + name);
            parsed = new DatasetParser(mapping, codes).parse(in, name, n -> {
                if (n % 20000 == 0) progress.accept("    " + n + " lignes lues");
            });
        } catch (IOException e) {
            throw new ImportException(name, "lecture impossible : " + e.getMessage());
        }
        values.replaceDataset(mapping, name, version, parsed.rows());
        progress.accept("  " + mapping.dataset().id() + " : " + parsed.rows().size() + " valeurs enregistrées ("
                + parsed.lines() + " lignes"
                + (parsed.unknownCodes() > 0
                        ? ", " + parsed.unknownCodes() + " codes hors COG 2025 ignorés, ex. " + parsed.unknownExamples()
                        : "")
                + ")");
        Report report = new Report(
                mapping.dataset().id(),
                parsed.lines(),
                parsed.rows().size(),
                parsed.unknownCodes(),
                parsed.unknownExamples());
        metrics.imported(report);
        return report;
    }
}
