-- The online Diagnostic 360° (module online, range V60-V69): a territory's diagnostics, one value per grid row,
-- and every change ever made to a row. Accounts are named by e-mail address (the account module's identity), not by
-- a foreign key into another schema.
create schema if not exists online;

create table online.diagnostic (
    id bigint generated always as identity primary key,
    territory_id text not null,
    referential_id text not null,
    weighting_profile text not null default 'egal',
    status text not null check (status in ('brouillon', 'publie')),
    -- a published diagnostic is an immutable copy of a draft: its number among that draft's publications
    draft_id bigint references online.diagnostic (id),
    version integer,
    origin text not null check (origin in ('donnees_ouvertes', 'classeur')),
    created_by text not null,
    created_at timestamptz not null default now(),
    check ((status = 'publie') = (draft_id is not null and version is not null)),
    unique (draft_id, version)
);
create index diagnostic_territory on online.diagnostic (territory_id, status);

create table online.row_value (
    diagnostic_id bigint not null references online.diagnostic (id) on delete cascade,
    sheet_row integer not null,
    indicator_id text not null,
    kind text not null check (kind in ('vide', 'nombre', 'texte', 'booleen', 'erreur')),
    number double precision,
    text text,
    comment text,
    source text,
    origin text not null check (origin in ('donnees_ouvertes', 'saisie', 'classeur', 'vide')),
    -- what the observatory pre-filled, kept when a person overrides it
    open_value double precision,
    open_year integer,
    open_source text,
    open_method text,
    open_coverage double precision,
    open_approximation text,
    open_indicator text,
    justification text,
    assigned_to text,
    revision integer not null default 0,
    updated_by text,
    updated_at timestamptz not null default now(),
    primary key (diagnostic_id, sheet_row)
);

create table online.row_change (
    id bigint generated always as identity primary key,
    diagnostic_id bigint not null references online.diagnostic (id) on delete cascade,
    sheet_row integer not null,
    revision integer not null,
    changed_by text not null,
    changed_at timestamptz not null default now(),
    before_value text,
    after_value text,
    before_comment text,
    after_comment text,
    justification text,
    unique (diagnostic_id, sheet_row, revision)
);
