package fr.resilience360.observatory;

import fr.resilience360.territory.TerritoryType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Bulk downloads: one UTF-8 CSV of values per level and the catalogue, described by a Frictionless
 * {@code datapackage.json} (Table Schema with types, units, licences and sources).
 */
@RestController
@Tag(name = "Observatoire — téléchargements", description = "Fichiers CSV par niveau et description Frictionless")
class OpenDataController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final List<String> VALUE_COLUMNS = List.of(
            "territoire_id",
            "code",
            "nom",
            "indicateur",
            "periode",
            "type_acteur",
            "valeur",
            "unite",
            "methode",
            "couverture",
            "drapeaux",
            "jeu_de_donnees");

    private final Observatory observatory;
    private final DataSource dataSource;
    private final DataVersion version;

    OpenDataController(Observatory observatory, DataSource dataSource, DataVersion version) {
        this.observatory = observatory;
        this.dataSource = dataSource;
        this.version = version;
    }

    @GetMapping(path = "/api/v1/donnees/datapackage.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Description Frictionless (Data Package) des fichiers téléchargeables")
    ResponseEntity<Map<String, Object>> datapackage(WebRequest request) {
        if (request.checkNotModified(version.etag())) return null;
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("profile", "tabular-data-package");
        pkg.put("name", "resilience360-observatoire");
        pkg.put("title", "Résilience 360 — observatoire : indicateurs territoriaux issus des données ouvertes");
        pkg.put(
                "description",
                "Valeurs des indicateurs pour chaque commune, EPCI, département, région et la France,"
                        + " avec leur provenance (publié, agrégé des communes, calculé), leur couverture et leurs drapeaux.");
        pkg.put("version", version.etag().replace("\"", ""));
        pkg.put(
                "licenses",
                List.of(Map.of(
                        "name",
                        "etalab-2.0",
                        "title",
                        "Licence Ouverte 2.0",
                        "path",
                        "https://www.etalab.gouv.fr/licence-ouverte-open-licence/")));
        pkg.put("sources", observatory.datasets().stream().map(d -> source(d)).toList());
        List<Map<String, Object>> resources = new ArrayList<>();
        resources.add(resource(
                "indicateurs", "indicateurs.csv", "Catalogue des indicateurs", indicatorFields(), List.of("id"), null));
        for (TerritoryType level : TerritoryType.values())
            resources.add(resource(
                    "valeurs-" + level.code(),
                    "valeurs-" + level.code() + ".csv",
                    "Valeurs des indicateurs — niveau " + level.label(),
                    valueFields(),
                    List.of("territoire_id", "indicateur", "periode", "type_acteur"),
                    List.of(Map.of(
                            "fields", "indicateur", "reference", Map.of("resource", "indicateurs", "fields", "id")))));
        pkg.put("resources", resources);
        return ResponseEntity.ok()
                .cacheControl(ObservatoryApiController.CACHE)
                .eTag(version.etag())
                .body(pkg);
    }

    @GetMapping(path = "/api/v1/donnees/indicateurs.csv", produces = "text/csv")
    @Operation(summary = "Catalogue des indicateurs (CSV UTF-8)")
    ResponseEntity<StreamingResponseBody> indicatorsCsv(WebRequest request) {
        if (request.checkNotModified(version.etag())) return null;
        List<Indicator> indicators = observatory.indicators();
        return csv("indicateurs.csv", out -> {
            Writer w = writer(out);
            line(
                    w,
                    List.of(
                            "id",
                            "libelle",
                            "definition",
                            "unite",
                            "theme",
                            "type_acteur",
                            "agregation",
                            "poids",
                            "jeu_de_donnees"));
            for (Indicator i : indicators)
                line(
                        w,
                        List.of(
                                i.id(),
                                i.label(),
                                i.definition(),
                                i.unit(),
                                i.theme(),
                                i.actorType().code(),
                                i.aggregation().code(),
                                i.weight() == null ? "" : i.weight(),
                                i.datasetId()));
            w.flush();
        });
    }

    @GetMapping(path = "/api/v1/donnees/valeurs-{niveau}.csv", produces = "text/csv")
    @Operation(summary = "Toutes les valeurs d'un niveau (CSV UTF-8, format long)")
    ResponseEntity<StreamingResponseBody> valuesCsv(@PathVariable String niveau, WebRequest request) {
        TerritoryType level = ObservatoryApiController.level(niveau);
        if (request.checkNotModified(version.etag())) return null;
        return csv("valeurs-" + level.code() + ".csv", out -> {
            Writer w = writer(out);
            line(w, VALUE_COLUMNS);
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                c.setNetworkTimeout(Runnable::run, 0);
                try (PreparedStatement ps = c.prepareStatement("""
                        select t.id, t.code, t.name, v.indicator_id, v.period, v.actor_type, v.value, i.unit, v.method,
                               v.coverage, array_to_string(v.flags, '|'), v.dataset_id
                        from observatory.indicator_value v
                        join territory.territory t on t.id = v.territory_id
                        join observatory.indicator i on i.id = v.indicator_id
                        where v.territory_type = ? order by t.id, v.indicator_id, v.period""")) {
                    ps.setFetchSize(10_000);
                    ps.setString(1, level.code());
                    try (ResultSet rs = ps.executeQuery()) {
                        List<String> row = new ArrayList<>(VALUE_COLUMNS.size());
                        while (rs.next()) {
                            row.clear();
                            for (int col = 1; col <= VALUE_COLUMNS.size(); col++) {
                                String s = rs.getString(col);
                                row.add(s == null ? "" : s);
                            }
                            line(w, row);
                        }
                    }
                }
                c.rollback();
            } catch (java.sql.SQLException e) {
                throw new java.io.IOException("Lecture des valeurs impossible : " + e.getMessage(), e);
            }
            w.flush();
        });
    }

    private ResponseEntity<StreamingResponseBody> csv(String name, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .cacheControl(ObservatoryApiController.CACHE)
                .eTag(version.etag())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body(body);
    }

    private static Writer writer(java.io.OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    /** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. */
    static void line(Writer w, List<String> fields) throws java.io.IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) w.write(',');
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)
                w.write('"' + f.replace("\"", "\"\"") + '"');
            else w.write(f);
        }
        w.write("\r\n");
    }

    private static Map<String, Object> source(Dataset d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", d.title() + " — " + d.producer() + " (" + d.vintage() + ")");
        if (d.sourceUrl() != null) s.put("path", d.sourceUrl());
        s.put("licence", d.licence());
        return s;
    }

    private static Map<String, Object> resource(
            String name,
            String path,
            String title,
            List<Map<String, Object>> fields,
            List<String> key,
            List<Map<String, Object>> foreignKeys) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("primaryKey", key);
        if (foreignKeys != null) schema.put("foreignKeys", foreignKeys);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("path", path);
        r.put("title", title);
        r.put("profile", "tabular-data-resource");
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        r.put("schema", schema);
        return r;
    }

    private static Map<String, Object> field(String name, String type, String description) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("type", type);
        f.put("description", description);
        return f;
    }

    private static List<Map<String, Object>> indicatorFields() {
        return List.of(
                field("id", "string", "Identifiant de l'indicateur"),
                field("libelle", "string", "Libellé"),
                field("definition", "string", "Définition et méthode"),
                field("unite", "string", "Unité des valeurs"),
                field("theme", "string", "Thème"),
                field("type_acteur", "string", "territoires, entreprises ou societe"),
                field("agregation", "string", "Règle d'agrégation des communes"),
                field("poids", "string", "Indicateur de pondération ou population"),
                field("jeu_de_donnees", "string", "Jeu de données source (voir sources)"));
    }

    private static List<Map<String, Object>> valueFields() {
        Map<String, Object> value = field("valeur", "number", "Valeur, dans l'unité de la colonne unite");
        Map<String, Object> coverage = field(
                "couverture",
                "number",
                "Part de la population du territoire couverte par les communes ayant une valeur (0 à 1)");
        return List.of(
                field(
                        "territoire_id",
                        "string",
                        "Identifiant : code INSEE (commune), SIREN (EPCI), dep-XX, reg-XX, FR"),
                field("code", "string", "Code officiel"),
                field("nom", "string", "Nom du territoire"),
                field("indicateur", "string", "Identifiant de l'indicateur (ressource indicateurs)"),
                field("periode", "string", "Année (2022), mois (2022-03) ou décennie (2050s)"),
                field("type_acteur", "string", "territoires, entreprises ou societe"),
                value,
                field("unite", "string", "Unité"),
                field("methode", "string", "publie, agrege, declare ou calcule"),
                coverage,
                field("drapeaux", "string", "Drapeaux de qualité séparés par | (lisse, couverture_partielle)"),
                field("jeu_de_donnees", "string", "Jeu de données source"));
    }
}
