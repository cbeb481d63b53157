-- Territories of the French administrative division (COG 2025) and their boundaries.
create schema if not exists territory;

-- id: the INSEE code of a commune, the SIREN of an EPCI, 'dep-56' / 'reg-53' for départements and régions
-- (their INSEE codes overlap: 53 is both Bretagne and Mayenne), 'FR' for France. code: the official code.
create table territory.territory (
    id              text primary key,
    code            text not null,
    type            text not null check (type in ('pays', 'region', 'departement', 'epci', 'commune')),
    nature          text not null,
    name            text not null,
    search_key      text not null,
    siren           text,
    population      integer,
    postal_codes    text[] not null default '{}',
    zone            text,
    chef_lieu       text
);
create index territory_type_idx on territory.territory (type);
create index territory_code_idx on territory.territory (code);
create index territory_siren_idx on territory.territory (siren);
create index territory_postal_codes_idx on territory.territory using gin (postal_codes);

-- communes déléguées, communes associées and municipal arrondissements: secondary territories of a commune.
-- Their codes may equal their commune's code, hence the composite key.
create table territory.secondary_territory (
    nature          text not null check (nature in ('commune-deleguee', 'commune-associee', 'arrondissement-municipal')),
    code            text not null,
    commune_id      text not null references territory.territory (id) on delete cascade,
    name            text not null,
    search_key      text not null,
    population      integer,
    postal_codes    text[] not null default '{}',
    primary key (nature, code)
);
create index secondary_territory_commune_idx on territory.secondary_territory (commune_id);

-- every membership: commune -> epci, departement, region, pays; epci -> departements it spans and their
-- regions; departement -> region, pays; region -> pays.
create table territory.membership (
    member_id       text not null references territory.territory (id) on delete cascade,
    parent_id       text not null references territory.territory (id) on delete cascade,
    primary key (member_id, parent_id)
);
create index membership_parent_idx on territory.membership (parent_id);

create table territory.boundary (
    id              text primary key references territory.territory (id) on delete cascade,
    geometry        text not null,
    source          text not null
);
