-- The level of a value's territory, kept with the value so that distributions, ranks and percentiles of a level
-- are index range scans (no join with the 36,000 territories for each of ~200 indicators).
alter table observatory.indicator_value add column territory_type text;
-- the level follows from the id (TerritoryType.idOf): FR, reg-XX, dep-XX, a 9-digit SIREN, else a commune
update observatory.indicator_value set territory_type = case
    when territory_id = 'FR' then 'pays'
    when territory_id like 'reg-%' then 'region'
    when territory_id like 'dep-%' then 'departement'
    when length(territory_id) = 9 then 'epci'
    else 'commune' end;
alter table observatory.indicator_value alter column territory_type set not null;
alter table observatory.indicator_value add constraint indicator_value_territory_type_check
    check (territory_type in ('pays', 'region', 'departement', 'epci', 'commune'));
create index indicator_value_level_idx
    on observatory.indicator_value (indicator_id, period, actor_type, territory_type, value);
