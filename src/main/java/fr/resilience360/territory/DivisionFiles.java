package fr.resilience360.territory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bundled {@code @etalab/decoupage-administratif} 6.0.0 files (COG 2025) into a {@link Division}.
 * Départements and régions outside the 101/18 of INSEE (collectivités d'outre-mer) are left out as parents;
 * their communes are kept. Populations of France, régions and départements are the sums of their communes'
 * municipal populations; an EPCI's is its published municipal population.
 */
final class DivisionFiles {

    static final Resource COMMUNES = new ClassPathResource("data/cog/communes.json.gz");
    static final Resource EPCI = new ClassPathResource("data/cog/epci.json.gz");
    static final Resource DEPARTEMENTS = new ClassPathResource("data/cog/departements.json.gz");
    static final Resource REGIONS = new ClassPathResource("data/cog/regions.json.gz");

    private static final Set<String> DIVISION_ZONES = Set.of("metro", "drom");

    private final JsonMapper json = JsonMapper.builder().build();

    static Resource[] all() {
        return new Resource[] {COMMUNES, EPCI, DEPARTEMENTS, REGIONS};
    }

    Division read() {
        List<Division.Row> rows = new ArrayList<>();
        List<Division.Secondary> secondary = new ArrayList<>();
        Set<Division.Membership> memberships = new LinkedHashSet<>();
        Map<String, Long> populationByParent = new HashMap<>();
        String france = TerritoryType.PAYS.idOf(null);

        Map<String, JsonNode> regions = byCode(read(REGIONS), DIVISION_ZONES);
        Map<String, JsonNode> departements = byCode(read(DEPARTEMENTS), DIVISION_ZONES);
        regions.keySet().forEach(r -> memberships.add(new Division.Membership(region(r), france)));
        departements.values().forEach(d -> {
            memberships.add(new Division.Membership(departement(text(d, "code")), region(text(d, "region"))));
            memberships.add(new Division.Membership(departement(text(d, "code")), france));
        });

        Map<String, JsonNode> departementOfCommune = new HashMap<>();
        for (JsonNode c : read(COMMUNES)) {
            String code = text(c, "code");
            String type = text(c, "type");
            Integer population = c.has("population") ? c.get("population").asInt() : null;
            if (!type.equals("commune-actuelle")) {
                String commune = type.equals("arrondissement-municipal") ? text(c, "commune") : text(c, "chefLieu");
                secondary.add(new Division.Secondary(type, code, commune, text(c, "nom"), population, postalCodes(c)));
                continue;
            }
            rows.add(new Division.Row(
                    new TerritorySummary(code, code, text(c, "nom"), TerritoryType.COMMUNE, type, population),
                    new Division.Registry(text(c, "siren"), postalCodes(c), text(c, "zone"), null)));
            JsonNode dep = departements.get(text(c, "departement"));
            if (dep != null) {
                departementOfCommune.put(code, dep);
                for (String parent : List.of(departement(text(dep, "code")), region(text(dep, "region")), france)) {
                    memberships.add(new Division.Membership(code, parent));
                    if (population != null) populationByParent.merge(parent, (long) population, Long::sum);
                }
            }
        }
        for (JsonNode e : read(EPCI)) {
            String code = text(e, "code");
            rows.add(new Division.Row(
                    new TerritorySummary(
                            code,
                            code,
                            text(e, "nom"),
                            TerritoryType.EPCI,
                            text(e, "type"),
                            e.get("populationMunicipale").asInt()),
                    new Division.Registry(code, List.of(), null, null)));
            for (JsonNode m : e.get("membres")) {
                memberships.add(new Division.Membership(text(m, "code"), code));
                JsonNode dep = departementOfCommune.get(text(m, "code"));
                if (dep != null) {
                    memberships.add(new Division.Membership(code, departement(text(dep, "code"))));
                    memberships.add(new Division.Membership(code, region(text(dep, "region"))));
                    memberships.add(new Division.Membership(code, france));
                }
            }
        }
        for (JsonNode d : departements.values()) {
            String id = departement(text(d, "code"));
            rows.add(new Division.Row(
                    new TerritorySummary(
                            id,
                            text(d, "code"),
                            text(d, "nom"),
                            TerritoryType.DEPARTEMENT,
                            "departement",
                            population(populationByParent, id)),
                    new Division.Registry(null, List.of(), text(d, "zone"), text(d, "chefLieu"))));
        }
        for (JsonNode r : regions.values()) {
            String id = region(text(r, "code"));
            rows.add(new Division.Row(
                    new TerritorySummary(
                            id,
                            text(r, "code"),
                            text(r, "nom"),
                            TerritoryType.REGION,
                            "region",
                            population(populationByParent, id)),
                    new Division.Registry(null, List.of(), text(r, "zone"), text(r, "chefLieu"))));
        }
        rows.add(new Division.Row(
                new TerritorySummary(
                        france, france, "France", TerritoryType.PAYS, "pays", population(populationByParent, france)),
                new Division.Registry(null, List.of(), null, null)));
        return new Division(rows, secondary, List.copyOf(memberships));
    }

    private static String departement(String code) {
        return TerritoryType.DEPARTEMENT.idOf(code);
    }

    private static String region(String code) {
        return TerritoryType.REGION.idOf(code);
    }

    private static Integer population(Map<String, Long> populationByParent, String code) {
        Long sum = populationByParent.get(code);
        return sum == null ? null : Math.toIntExact(sum);
    }

    private static Map<String, JsonNode> byCode(JsonNode array, Set<String> zones) {
        Map<String, JsonNode> map = new java.util.LinkedHashMap<>();
        for (JsonNode n : array) {
            if (zones.contains(text(n, "zone"))) map.put(text(n, "code"), n);
        }
        return map;
    }

    private static List<String> postalCodes(JsonNode n) {
        List<String> codes = new ArrayList<>();
        if (n.has("codesPostaux")) n.get("codesPostaux").forEach(p -> codes.add(p.asString()));
        return codes;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private JsonNode read(Resource resource) {
        try (InputStream in = new GZIPInputStream(resource.getInputStream())) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Fichier du découpage administratif illisible : " + resource.getFilename(), e);
        }
    }
}
