-- Every territory's Diagnostic 360° pre-filled with open data, scored once per data version, and the quartiles of
-- each group of similar territories: computed when the observatory's values change (and at start when stale), read
-- by key by the portrait page and the comparison API, so that a page never scans the country per request.
create schema if not exists comparison;

-- What the stored scores were computed from, and when (one row). The arrays of the other tables follow the order
-- of need_ids, category_labels and objective_labels (the referential's).
create table comparison.reference_computation (
    id                   boolean primary key default true check (id),
    referential_id       text not null,
    need_ids             text[] not null,
    category_labels      text[] not null,
    objective_labels     text[] not null,
    inputs_version       text not null,
    observatory_version  text not null,
    division_version     text not null,
    typology_version     text not null,
    computed_at          timestamptz not null default now(),
    territory_count      integer not null,
    millis               bigint not null
);

-- A group of similar territories (same level, nature, density, département or région: docs/comparisons.md) with,
-- for each need, how many of its territories have a score and their quartiles (null when none has).
create table comparison.similar_group (
    group_key        text primary key,
    label            text not null,
    criteria         text not null,
    member_count     integer not null,
    need_counts      integer[] not null,
    need_q1          double precision[] not null,
    need_median      double precision[] not null,
    need_q3          double precision[] not null
);

-- A territory's pre-filled scores (null where no row of the need is pre-filled: missing, never zero) and the group
-- it is compared with; group_step is 0 for the narrowest group of its cascade, more when it was widened.
create table comparison.reference_score (
    territory_id       text primary key,
    territory_type     text not null,
    need_scores        double precision[] not null,
    need_notes         integer[] not null,
    category_scores    double precision[] not null,
    objective_scores   double precision[] not null,
    group_key          text not null references comparison.similar_group (group_key),
    group_step         integer not null
);
