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
        return jdbc.sql("select " + SUMMARY + ", t.siren, t.postal_codes, t.zone from territory.territory t where id = ?")
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

    List<TerritorySummary> parents(String id) {
        return jdbc.sql(
                        """
                select %s from territory.membership m join territory.territory t on t.id = m.parent_id
                where m.member_id = ?
                order by case t.type when 'pays' then 0 when 'region' then 1 when 'departement' then 2 else 3 end, t.code
                """
                                .formatted(SUMMARY))
                .param(id)
                .query((rs, i) -> summary(rs))
                .list();
    }

    List<TerritorySummary> members(String id, TerritoryType memberType) {
        return jdbc.sql(
                        """
                select %s from territory.membership m join territory.territory t on t.id = m.member_id
                where m.parent_id = ? and t.type = ?
                order by t.population desc nulls last, t.name
                """
                                .formatted(SUMMARY))
                .params(id, memberType.code())
                .query((rs, i) -> summary(rs))
                .list();
    }

    List<SecondaryTerritory> secondary(String communeId) {
        return jdbc.sql(
                        """
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
        return jdbc.sql("select type, count(*) as n from territory.territory group by type")
                .query((rs, i) -> Map.entry(
                        TerritoryType.fromCode(rs.getString("type")).orElseThrow(), rs.getLong("n")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<String> boundary(String id) {
        return jdbc.sql("select geometry from territory.boundary where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    List<MemberBoundary> memberBoundaries(String id, TerritoryType memberType) {
        return jdbc.sql(
                        """
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

    /**
     * Territories and secondary territories with a word of the name starting with every query word, or whose
     * code, SIREN or postal code is the query. Ranked: exact code, SIREN or postal code first, then exact name,
     * then name starting with the query, then by decreasing population; secondary territories after the others.
     */
    List<SearchResult> search(String raw, String key, List<String> words, TerritoryType type, int limit) {
        String[] patterns = words.stream().map(w -> "% " + w + "%").toArray(String[]::new);
        String typeFilter = type == null ? "" : " and t.type = :type";
        String secondary = type != null && type != TerritoryType.COMMUNE
                ? ""
                : """
                union all
                select c.id, c.code, s.name || ' (' || case s.nature when 'commune-deleguee' then 'commune déléguée'
                    when 'commune-associee' then 'commune associée' else 'arrondissement' end || ')',
                  'commune', s.nature, s.population, c.name, 1,
                  case when s.code = :raw or :raw = any(s.postal_codes) then 0
                       when s.search_key = :key then 1 when s.search_key like :prefix then 2 else 3 end
                from territory.secondary_territory s join territory.territory c on c.id = s.commune_id
                where (' ' || s.search_key) like all(:patterns) or s.code = :raw or :raw = any(s.postal_codes)
                """;
        String sql =
                """
                select id, code, label, type, nature, population, context from (
                  select t.id, t.code, t.name as label, t.type, t.nature, t.population,
                    (select p.name from territory.membership m join territory.territory p on p.id = m.parent_id
                      where m.member_id = t.id and p.type = case t.type when 'region' then 'pays' else
                        case t.type when 'departement' then 'region' else 'departement' end end
                      order by p.code limit 1) as context,
                    0 as secondary_rank,
                    case when t.code = :raw or t.id = :raw or t.siren = :raw or :raw = any(t.postal_codes) then 0
                         when t.search_key = :key then 1 when t.search_key like :prefix then 2 else 3 end as match_rank
                  from territory.territory t
                  where ((' ' || t.search_key) like all(:patterns) or t.code = :raw or t.id = :raw or t.siren = :raw
                    or :raw = any(t.postal_codes))%s
                  %s
                ) hits
                order by match_rank, secondary_rank, population desc nulls last, label
                limit :limit
                """
                        .formatted(typeFilter, secondary);
        JdbcClient.StatementSpec spec = jdbc.sql(sql)
                .param("raw", raw)
                .param("key", key)
                .param("prefix", key + "%")
                .param("patterns", patterns)
                .param("limit", limit);
        if (type != null) spec = spec.param("type", type.code());
        return spec.query((rs, i) -> new SearchResult(
                        rs.getString("id"),
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
