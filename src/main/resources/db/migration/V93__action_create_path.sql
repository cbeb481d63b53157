create schema if not exists action;

-- Issue 12, the toolbox: a territory's parcours, the tools its team plans to use, in order, each with a planned date,
-- a status and a note. Who changed a step last and when is kept; no history of changes.
create table action.parcours_step (
    id bigint generated always as identity primary key,
    territory_id text not null,
    -- the id of a tool of action/outils.yaml
    tool_id text not null,
    -- the order of the steps in the territory's parcours (gaps allowed)
    position int not null,
    planned_on date,
    status text not null default 'a_venir' check (status in ('a_venir', 'en_cours', 'fait', 'abandonne')),
    note text not null default '' check (length(note) <= 2000),
    created_by text not null,
    created_at timestamptz not null default now(),
    updated_by text not null,
    updated_at timestamptz not null default now()
);

create index parcours_step_territory on action.parcours_step (territory_id, position);
