package fr.resilience360.online;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code online.commune_group} and {@code online.commune_group_commune}: the custom groups of communes. */
@Repository
class CommuneGroupRepository {

    private final JdbcClient jdbc;

    CommuneGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new group of an owner territory with its communes; its id. */
    long insert(String ownerTerritoryId, String name, List<CommuneGroup.Member> communes, String createdBy) {
        long id = jdbc.sql("""
                        insert into online.commune_group (owner_territory_id, name, created_by)
                        values (?, ?, ?) returning id""")
                .params(ownerTerritoryId, name, createdBy)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into online.commune_group_commune (group_id, commune_id, commune_name)
                        select ?, code, name from unnest(?::text[], ?::text[]) as c (code, name)""")
                .params(
                        id,
                        communes.stream().map(CommuneGroup.Member::code).toArray(String[]::new),
                        communes.stream().map(CommuneGroup.Member::name).toArray(String[]::new))
                .update();
        return id;
    }
}
