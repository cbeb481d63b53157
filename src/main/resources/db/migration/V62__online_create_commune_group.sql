-- A diagnostic of a custom group of communes (module online): the group, owned by the territory on whose diagnostics
-- list it was started (rights come from that territory), and its communes (COG 2025 codes, with their name when the
-- group was made). A diagnostic refers to at most one group; its publications refer to the same group.
create table online.commune_group (
    id bigint generated always as identity primary key,
    owner_territory_id text not null,
    name text not null check (length(btrim(name)) > 0),
    created_by text not null,
    created_at timestamptz not null default now()
);

create table online.commune_group_commune (
    group_id bigint not null references online.commune_group (id) on delete cascade,
    commune_id text not null,
    commune_name text not null,
    primary key (group_id, commune_id)
);

alter table online.diagnostic add column group_id bigint references online.commune_group (id);
