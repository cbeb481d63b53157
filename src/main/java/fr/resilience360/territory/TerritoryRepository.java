package fr.resilience360.territory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TerritoryRepository {

    private static final String SUMMARY = "t.id, t.code, t.name, t.type, t.nature, t.population";

    private final JdbcClient jdbc;

    TerritoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(TerritorySummary summary, String siren, List<String> postalCodes, String zone) {}

    record MemberBoundary(String id, String name, Integer population, String geometry) {}

    Optional<Row> find(String id) {
        return jdbc.sql("select " + SUMMARY
                        + ", t.siren, t.postal_codes, t.zone from territory.territory t where id = ?")
                .param(id)
                .query((rs, i) -> new Row(
                        summary(rs),
                        rs.getString("siren"),
                        Arrays.asList((String[]) rs.getArray("postal_codes").getArray()),
                        rs.getString("zone")))
                .optional();
    }

    /** Territories whose official code is this one (two for 53: Bretagne and Mayenne). */
    List<TerritorySummary> withCode(String code) {
        return jdbc.sql("select " + SUMMARY + " from territory.territory t where code = ? order by type")
                .param(code)
                .query((rs, i) -> summary(rs))
                .list();
    }

    /** One page of the territories of a level, in the order of their identifiers. */
    List<TerritorySummary> ofType(TerritoryType type, long offset, int limit) {
        return jdbc.sql("select " + SUMMARY
                        + " from territory.territory t where t.type = ? order by t.id offset ? limit ?")
                .params(type.code(), offset, limit)
                .query((rs, i) -> summary(rs))
                .list();
    }

    long count(TerritoryType type) {
        return jdbc.sql("select count(*) from territory.territory where type = ?")
                .param(type.code())
                .query(Long.class)
                .single();
    }

    List<TerritorySummary> parents(String id) {
        return jdbc.sql("""
                select %s from territory.membership m join territory.territory t on t.id = m.parent_id
                where m.member_id = ?
                order by case t.type when 'pays' then 0 when 'region' then 1 when 'departement' then 2 else 3 end, t.code
                """.formatted(SUMMARY))
                .param(id)
                .query((rs, i) -> summary(rs))
                .list();
    }

    List<TerritorySummary> members(String id, TerritoryType memberType) {
        return jdbc.sql("""
                select %s from territory.membership m join territory.territory t on t.id = m.member_id
                where m.parent_id = ? and t.type = ?
                order by t.population desc nulls last, t.name
                """.formatted(SUMMARY))
                .params(id, memberType.code())
                .query((rs, i) -> summary(rs))
                .list();
    }

    List<SecondaryTerritory> secondary(String communeId) {
        return jdbc.sql("""
                select code, name, nature, commune_id, population from territory.secondary_territory
                where commune_id = ? order by code, name
                """)
                .param(communeId)
                .query((rs, i) -> new SecondaryTerritory(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("nature"),
                        rs.getString("commune_id"),
                        integer(rs, "population")))
                .list();
    }

    Map<TerritoryType, Long> countByType() {
        return jdbc
                .sql("select type, count(*) as n from territory.territory group by type")
                .query((rs, i) ->
                        Map.entry(TerritoryType.fromCode(rs.getString("type")).orElseThrow(), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every territory of the division, for the in-memory {@link TerritoryDirectory}. */
    List<TerritorySummary> allSummaries() {
        return jdbc.sql("select " + SUMMARY + " from territory.territory t order by t.id")
                .query((rs, i) -> summary(rs))
                .list();
    }

    /** Every membership as (member id, parent id). */
    List<Map.Entry<String, String>> allMemberships() {
        return jdbc.sql("select member_id, parent_id from territory.membership")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** The municipal arrondissements of Paris, Lyon and Marseille: their code → their commune's id. */
    Map<String, String> arrondissements() {
        Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("select code, commune_id from territory.secondary_territory where nature = 'arrondissement-municipal'")
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    Optional<String> boundary(String id) {
        return jdbc.sql("select geometry from territory.boundary where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    List<MemberBoundary> memberBoundaries(String id, TerritoryType memberType) {
        return jdbc.sql("""
                select t.id, t.name, t.population, b.geometry
                from territory.membership m
                join territory.territory t on t.id = m.member_id
                join territory.boundary b on b.id = t.id
                where m.parent_id = ? and t.type = ?
                """)
                .params(id, memberType.code())
                .query((rs, i) -> new MemberBoundary(
                        rs.getString("id"), rs.getString("name"), integer(rs, "population"), rs.getString("geometry")))
                .list();
    }

    /** Everything the search index holds: territories, then secondary territories leading to their commune. */
    List<SearchIndex.Entry> searchEntries() {
        List<SearchIndex.Entry> entries = new java.util.ArrayList<>(jdbc.sql("""
                with context as (
                  select distinct on (m.member_id) m.member_id, p.name
                  from territory.membership m
                  join territory.territory p on p.id = m.parent_id
                  join territory.territory t on t.id = m.member_id
                  where p.type = case t.type when 'region' then 'pays' when 'departement' then 'region'
                    else 'departement' end
                  order by m.member_id, p.code)
                select t.id, t.code, t.name, t.type, t.nature, t.population, t.search_key, t.siren, t.postal_codes,
                  context.name as context
                from territory.territory t left join context on context.member_id = t.id
                """)
                .query((rs, i) -> {
                    java.util.Set<String> exact = new java.util.HashSet<>(
                            Arrays.asList((String[]) rs.getArray("postal_codes").getArray()));
                    exact.add(rs.getString("id"));
                    exact.add(rs.getString("code"));
                    if (rs.getString("siren") != null) exact.add(rs.getString("siren"));
                    SearchResult result = new SearchResult(
                            rs.getString("id"),
                            rs.getString("code"),
                            rs.getString("name"),
                            TerritoryType.fromCode(rs.getString("type")).orElseThrow(),
                            rs.getString("nature"),
                            integer(rs, "population"),
                            rs.getString("context"));
                    return new SearchIndex.Entry(
                            result,
                            new SearchIndex.Keys(rs.getString("search_key"), java.util.Set.copyOf(exact)),
                            false);
                })
                .list());
        entries.addAll(jdbc.sql("""
                select c.id, c.code, s.code as secondary_code, s.name, s.nature, s.population, s.search_key,
                  s.postal_codes, c.name as commune_name
                from territory.secondary_territory s join territory.territory c on c.id = s.commune_id
                """)
                .query((rs, i) -> {
                    java.util.Set<String> exact = new java.util.HashSet<>(
                            Arrays.asList((String[]) rs.getArray("postal_codes").getArray()));
                    exact.add(rs.getString("secondary_code"));
                    SecondaryTerritory secondary = new SecondaryTerritory(
                            rs.getString("secondary_code"),
                            rs.getString("name"),
                            rs.getString("nature"),
                            rs.getString("id"),
                            integer(rs, "population"));
                    SearchResult result = new SearchResult(
                            rs.getString("id"),
                            rs.getString("code"),
                            secondary.name() + " (" + secondary.natureLabel().toLowerCase(java.util.Locale.ROOT) + ")",
                            TerritoryType.COMMUNE,
                            rs.getString("nature"),
                            integer(rs, "population"),
                            rs.getString("commune_name"));
                    return new SearchIndex.Entry(
                            result,
                            new SearchIndex.Keys(rs.getString("search_key"), java.util.Set.copyOf(exact)),
                            true);
                })
                .list());
        return entries;
    }

    private static TerritorySummary summary(ResultSet rs) throws SQLException {
        return new TerritorySummary(
                rs.getString("id"),
                rs.getString("code"),
                rs.getString("name"),
                TerritoryType.fromCode(rs.getString("type")).orElseThrow(),
                rs.getString("nature"),
                integer(rs, "population"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
