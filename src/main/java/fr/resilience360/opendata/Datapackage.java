package fr.resilience360.opendata;

import fr.resilience360.observatory.Dataset;
import fr.resilience360.territory.TerritoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Frictionless Data Package describing the downloads: one resource per CSV, with its Table Schema (types,
 * descriptions, keys), licences and sources.
 */
final class Datapackage {

    private Datapackage() {}

    static Map<String, Object> of(String version, List<Dataset> datasets) {
        Map<String, Object> pkg = new LinkedHashMap<>();
        pkg.put("profile", "tabular-data-package");
        pkg.put("name", "resilience360-observatoire");
        pkg.put("title", "Résilience 360 — observatoire : indicateurs territoriaux issus des données ouvertes");
        pkg.put(
                "description",
                "Valeurs des indicateurs pour chaque commune, EPCI, département, région et la France,"
                        + " avec leur provenance (publié, agrégé des communes, calculé), leur couverture et leurs drapeaux.");
        pkg.put("version", version);
        pkg.put(
                "licenses",
                List.of(Map.of(
                        "name",
                        "etalab-2.0",
                        "title",
                        "Licence Ouverte 2.0",
                        "path",
                        "https://www.etalab.gouv.fr/licence-ouverte-open-licence/")));
        pkg.put("sources", datasets.stream().map(Datapackage::source).toList());
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
        return pkg;
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
