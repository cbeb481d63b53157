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

    private static final String SUMMARY = "t.code, t.name, t.type, t.nature, t.population";

    private final JdbcClient jdbc;

    TerritoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(String code) {
        return jdbc.sql("select " + SUMMARY
                        + ", t.siren, t.postal_codes, t.zone from territory.territory t where code = ?")
                .param(code)
                .query((rs, i) -> new Row(
                        summary(rs),
                        rs.getString("siren"),
                        Arrays.asList((String[]) rs.getArray("postal_codes").getArray()),
                        rs.getString("zone")))
                .optional();
    }

    record Row(TerritorySummary summary, String siren, List<String> postalCodes, String zone) {}

    List<TerritorySummary> parents(String code) {
        return jdbc.sql("""
                select %s from territory.membership m join territory.territory t on t.code = m.parent_code
                where m.member_code = ?
                order by case t.type when 'pays' then 0 when 'region' then 1 when 'departement' then 2 else 3 end, t.code
                """.formatted(SUMMARY))
                .param(code)
                .query((rs, i) -> summary(rs))
                .list();
    }

    List<TerritorySummary> members(String code, TerritoryType memberType) {
        return jdbc.sql("""
                select %s from territory.membership m join territory.territory t on t.code = m.member_code
                where m.parent_code = ? and t.type = ?
                order by t.population desc nulls last, t.name
                """.formatted(SUMMARY))
                .params(code, memberType.code())
                .query((rs, i) -> summary(rs))
                .list();
    }

    List<SecondaryTerritory> secondary(String communeCode) {
        return jdbc.sql("""
                select code, name, nature, commune_code, population from territory.secondary_territory
                where commune_code = ? order by code, name
                """)
                .param(communeCode)
                .query((rs, i) -> new SecondaryTerritory(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("nature"),
                        rs.getString("commune_code"),
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

    Optional<String> boundary(String code) {
        return jdbc.sql("select geometry from territory.boundary where code = ?")
                .param(code)
                .query(String.class)
                .optional();
    }

    /** Boundaries of the members of a territory of the given type, as (code, name, population, geometry). */
    List<MemberBoundary> memberBoundaries(String code, TerritoryType memberType) {
        return jdbc.sql("""
                select t.code, t.name, t.population, b.geometry
                from territory.membership m
                join territory.territory t on t.code = m.member_code
                join territory.boundary b on b.code = t.code
                where m.parent_code = ? and t.type = ?
                """)
                .params(code, memberType.code())
                .query((rs, i) -> new MemberBoundary(
                        rs.getString("code"),
                        rs.getString("name"),
                        integer(rs, "population"),
                        rs.getString("geometry")))
                .list();
    }

    record MemberBoundary(String code, String name, Integer population, String geometry) {}

    /**
     * Territories and secondary territories whose name has a word starting with every query word, or whose code,
     * SIREN or postal code is the query. Ranked: exact code, SIREN or postal code first, then exact name, then
     * name starting with the query, then by decreasing population; secondary territories after the others.
     */
    List<SearchResult> search(String raw, String key, List<String> words, TerritoryType type, int limit) {
        String[] patterns = words.stream()
                .map(w -> "% " + w.replace("%", "").replace("_", "") + "%")
                .toArray(String[]::new);
        String typeFilter = type == null ? "" : " and t.type = :type";
        String secondary = type != null && type != TerritoryType.COMMUNE ? "" : """
                union all
                select c.code, s.name || ' (' || case s.nature when 'commune-deleguee' then 'commune déléguée'
                    when 'commune-associee' then 'commune associée' else 'arrondissement' end || ')',
                  'commune', s.nature, s.population, c.name,
                  1, case when s.code = :raw or :raw = any(s.postal_codes) then 0
                          when s.search_key = :key then 1 when s.search_key like :prefix then 2 else 3 end
                from territory.secondary_territory s join territory.territory c on c.code = s.commune_code
                where (' ' || s.search_key) like all(:patterns) or s.code = :raw or :raw = any(s.postal_codes)
                """;
        String sql = """
                select code, label, type, nature, population, context from (
                  select t.code, t.name as label, t.type, t.nature, t.population,
                    (select p.name from territory.membership m join territory.territory p on p.code = m.parent_code
                      where m.member_code = t.code and p.type = case when t.type = 'commune' then 'departement'
                        when t.type = 'departement' then 'region' when t.type = 'epci' then 'departement' end
                      order by p.code limit 1) as context,
                    0 as secondary_rank,
                    case when t.code = :raw or t.siren = :raw or :raw = any(t.postal_codes) then 0
                         when t.search_key = :key then 1 when t.search_key like :prefix then 2 else 3 end as match_rank
                  from territory.territory t
                  where ((' ' || t.search_key) like all(:patterns) or t.code = :raw or t.siren = :raw
                    or :raw = any(t.postal_codes))%s
                  %s
                ) hits
                order by match_rank, secondary_rank, population desc nulls last, label
                limit :limit
                """.formatted(typeFilter, secondary);
        JdbcClient.StatementSpec spec = jdbc.sql(sql)
                .param("raw", raw)
                .param("key", key)
                .param("prefix", key + "%")
                .param("patterns", patterns)
                .param("limit", limit);
        if (type != null) spec = spec.param("type", type.code());
        return spec.query((rs, i) -> new SearchResult(
                        rs.getString("code"),
                        rs.getString("label"),
                        TerritoryType.fromCode(rs.getString("type")).orElseThrow(),
                        rs.getString("nature"),
                        integer(rs, "population"),
                        rs.getString("context")))
                .list();
    }

    private static TerritorySummary summary(ResultSet rs) throws SQLException {
        return new TerritorySummary(
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
