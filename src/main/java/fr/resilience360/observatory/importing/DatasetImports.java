package fr.resilience360.observatory.importing;

import fr.resilience360.observatory.AggregationRule;
import fr.resilience360.shared.DatasetLoads;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
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

    public static final String LOAD_PREFIX = "observatory/";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ValueStore store;
    private final CodeResolver codes;
    private final DatasetLoads loads;

    DatasetImports(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ValueStore store,
            CodeResolver codes,
            DatasetLoads loads) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.store = store;
        this.codes = codes;
        this.loads = loads;
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
        return loads.isLoaded(LOAD_PREFIX + b.id(), b.version());
    }

    public Report importBundled(Bundled b, Consumer<String> progress) {
        return importFile(b.mapping(), b.data(), b.version(), progress);
    }

    /** Imports a file (gzip-compressed or not) with a mapping, in one transaction. */
    public Report importFile(DatasetMapping mapping, Resource file, String version, Consumer<String> progress) {
        String name = file.getFilename();
        validate(mapping, name);
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
        transaction.executeWithoutResult(status -> store(mapping, name, version, parsed));
        progress.accept("  " + mapping.dataset().id() + " : " + parsed.rows().size() + " valeurs enregistrées ("
                + parsed.lines() + " lignes"
                + (parsed.unknownCodes() > 0
                        ? ", " + parsed.unknownCodes() + " codes hors COG 2025 ignorés, ex. " + parsed.unknownExamples()
                        : "")
                + ")");
        return new Report(
                mapping.dataset().id(),
                parsed.lines(),
                parsed.rows().size(),
                parsed.unknownCodes(),
                parsed.unknownExamples());
    }

    private void store(DatasetMapping mapping, String file, String version, DatasetParser.Parsed parsed) {
        DatasetMapping.Info d = mapping.dataset();
        store.allowLongStatements();
        jdbc.sql("""
                insert into observatory.dataset (id, title, producer, vintage, licence, file, source_url, version, row_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set title = excluded.title, producer = excluded.producer,
                  vintage = excluded.vintage, licence = excluded.licence, file = excluded.file,
                  source_url = excluded.source_url, version = excluded.version, row_count = excluded.row_count,
                  imported_at = now()
                """)
                .params(
                        d.id(),
                        d.title(),
                        d.producer(),
                        d.vintage(),
                        d.licence(),
                        file,
                        d.sourceUrl(),
                        version,
                        parsed.rows().size())
                .update();
        String[] ids = mapping.indicators().stream()
                .filter(s -> !Boolean.TRUE.equals(s.external()))
                .map(DatasetMapping.IndicatorSpec::id)
                .toArray(String[]::new);
        String[] external = mapping.indicators().stream()
                .filter(s -> Boolean.TRUE.equals(s.external()))
                .map(DatasetMapping.IndicatorSpec::id)
                .toArray(String[]::new);
        int known = jdbc.sql("select count(*) from observatory.indicator where id = any(?)")
                .param(external)
                .query(Integer.class)
                .single();
        if (known != external.length)
            throw new ImportException(
                    file,
                    "la correspondance alimente des indicateurs d'un autre jeu non encore importé : "
                            + List.of(external));
        List<String> taken = jdbc.sql("select id from observatory.indicator where id = any(?) and dataset_id <> ?")
                .params(ids, d.id())
                .query(String.class)
                .list();
        if (!taken.isEmpty())
            throw new ImportException(file, "indicateurs déjà fournis par un autre jeu de données : " + taken);
        jdbc.sql("delete from observatory.indicator where dataset_id = ? and id <> all(?)")
                .params(d.id(), ids)
                .update();
        for (DatasetMapping.IndicatorSpec spec : mapping.indicators())
            if (!Boolean.TRUE.equals(spec.external())) upsertIndicator(d, spec);
        // aggregates stay until the recompute that follows every import (the command and the bootstrap run it)
        jdbc.sql("delete from observatory.indicator_value where dataset_id = ? and method = 'publie'")
                .param(d.id())
                .update();
        store.copy(parsed.rows());
        loads.markLoaded(LOAD_PREFIX + d.id(), version, parsed.rows().size());
    }

    private void upsertIndicator(DatasetMapping.Info d, DatasetMapping.IndicatorSpec s) {
        DatasetMapping.Aggregation a = s.aggregation();
        jdbc.sql("""
                insert into observatory.indicator (id, label, definition, unit, decimals, theme, actor_type, aggregation,
                  aggregation_weight, aggregation_components, ratio_factor, higher_is_better, context, dataset_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set label = excluded.label, definition = excluded.definition,
                  unit = excluded.unit, decimals = excluded.decimals, theme = excluded.theme,
                  actor_type = excluded.actor_type, aggregation = excluded.aggregation,
                  aggregation_weight = excluded.aggregation_weight,
                  aggregation_components = excluded.aggregation_components, ratio_factor = excluded.ratio_factor,
                  higher_is_better = excluded.higher_is_better, context = excluded.context
                """)
                .params(
                        s.id(),
                        s.label(),
                        s.definition() == null ? s.label() : s.definition(),
                        s.unit(),
                        s.decimals() == null ? 2 : s.decimals(),
                        d.theme(),
                        s.actorType() == null ? "territoires" : s.actorType(),
                        a == null ? "aucune" : a.rule(),
                        a == null ? null : a.weight(),
                        a == null || a.components() == null
                                ? new String[0]
                                : a.components().toArray(String[]::new),
                        a == null ? null : a.factor(),
                        s.higherIsBetter(),
                        s.context() == null || s.context(),
                        d.id())
                .update();
    }

    /** Checks a mapping before reading its file, with messages naming the mapping's fields. */
    static void validate(DatasetMapping mapping, String file) {
        if (mapping.dataset() == null
                || mapping.dataset().id() == null
                || !mapping.dataset().id().matches("[a-z0-9-]+"))
            throw new ImportException(file, "la correspondance doit donner dataset.id (minuscules, chiffres, tirets)");
        if (mapping.dataset().licence() == null
                || mapping.dataset().producer() == null
                || mapping.dataset().title() == null)
            throw new ImportException(file, "la correspondance doit donner dataset.title, producer et licence");
        if (mapping.file() == null || mapping.file().code() == null)
            throw new ImportException(file, "la correspondance doit donner file.code (colonne des codes)");
        if (mapping.indicators() == null || mapping.indicators().isEmpty())
            throw new ImportException(file, "la correspondance ne déclare aucun indicateur");
        Set<String> ids = new HashSet<>();
        for (DatasetMapping.IndicatorSpec s : mapping.indicators()) {
            if (s.id() == null || !s.id().matches("[a-z0-9_]+") || !ids.add(s.id()))
                throw new ImportException(file, "identifiant d'indicateur absent, invalide ou répété : " + s.id());
            if (!Boolean.TRUE.equals(s.external()) && (s.unit() == null || s.label() == null))
                throw new ImportException(file, "l'indicateur " + s.id() + " doit donner label et unit");
            if (s.values() == null || s.values().isEmpty())
                throw new ImportException(file, "l'indicateur " + s.id() + " ne déclare aucune valeur (values)");
            AggregationRule rule;
            try {
                rule = DatasetParser.rule(s);
            } catch (IllegalArgumentException e) {
                throw new ImportException(file, "indicateur " + s.id() + " : " + e.getMessage());
            }
            if (!rule.computed() && !Boolean.TRUE.equals(s.presence()))
                s.values().forEach(v -> {
                    if (v.column() == null)
                        throw new ImportException(
                                file, "l'indicateur " + s.id() + " doit donner la colonne de chaque valeur");
                });
        }
    }
}
