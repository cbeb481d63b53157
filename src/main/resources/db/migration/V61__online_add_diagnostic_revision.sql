-- A diagnostic's revision: bumped in the same transaction as every change of one of its rows, so a page rendered
-- from its rows can be kept and reused (by any instance of the application) until the revision moves on.
alter table online.diagnostic add column revision bigint not null default 0;

create function online.bump_diagnostic_revision() returns trigger language plpgsql as $$
begin
    update online.diagnostic set revision = revision + 1 where id = new.diagnostic_id;
    return null;
end
$$;

create trigger row_value_changed after update on online.row_value
    for each row execute function online.bump_diagnostic_revision();
