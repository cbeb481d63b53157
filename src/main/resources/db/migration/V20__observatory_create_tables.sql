-- The observatory: official datasets turned into indicator values for every territory, with provenance.
create schema if not exists observatory;

-- A dataset as published by its producer, and the version (checksum) of the file last imported.
create table observatory.dataset (
    id              text primary key,
    title           text not null,
    producer        text not null,
    vintage         text not null,
    licence         text not null,
    file            text not null,
    source_url      text,
    version         text not null,
    row_count       integer not null,
    imported_at     timestamptz not null default now()
);

-- The catalogue. aggregation: how values of communes make a value of a larger territory
-- (somme, moyenne_ponderee by aggregation_weight, ratio of a numerator to population, part_communes,
-- max, nombre_familles over aggregation_components, aucune = published values only).
create table observatory.indicator (
    id                      text primary key,
    label                   text not null,
    definition              text not null,
    unit                    text not null,
    decimals                integer not null default 2,
    theme                   text not null,
    actor_type              text not null check (actor_type in ('territoires', 'entreprises', 'societe')),
    aggregation             text not null
        check (aggregation in ('somme', 'moyenne_ponderee', 'ratio', 'part_communes', 'max', 'nombre_familles', 'aucune')),
    aggregation_weight      text,
    aggregation_components  text[] not null default '{}',
    ratio_factor            double precision,
    higher_is_better        boolean,
    context                 boolean not null default true,
    dataset_id              text not null references observatory.dataset (id) on delete cascade
);

-- One value: territory x indicator x period x actor type. period is canonical text ('2022', '2022-03',
-- '2020s') with its kind; method says where the value comes from; coverage is the share of the
-- territory's population covered by its communes' values when aggregated.
create table observatory.indicator_value (
    indicator_id    text not null references observatory.indicator (id) on delete cascade,
    period          text not null,
    period_kind     text not null check (period_kind in ('annee', 'mois', 'decennie')),
    actor_type      text not null default 'territoires' check (actor_type in ('territoires', 'entreprises', 'societe')),
    territory_id    text not null,
    value           double precision not null,
    method          text not null check (method in ('publie', 'agrege', 'declare', 'calcule')),
    method_detail   text,
    coverage        double precision check (coverage >= 0 and coverage <= 1),
    flags           text[] not null default '{}',
    dataset_id      text not null references observatory.dataset (id) on delete cascade,
    primary key (indicator_id, period, actor_type, territory_id)
);
create index indicator_value_territory_idx on observatory.indicator_value (territory_id);
