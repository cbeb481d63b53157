-- The level of a value's territory, kept with the value so that distributions, ranks and percentiles of a level
-- are index range scans (no join with the 36,000 territories for each of ~200 indicators).
alter table observatory.indicator_value add column territory_type text;
update observatory.indicator_value v set territory_type = t.type from territory.territory t where t.id = v.territory_id;
alter table observatory.indicator_value alter column territory_type set not null;
alter table observatory.indicator_value add constraint indicator_value_territory_type_check
    check (territory_type in ('pays', 'region', 'departement', 'epci', 'commune'));
create index indicator_value_level_idx
    on observatory.indicator_value (indicator_id, period, actor_type, territory_type, value);
