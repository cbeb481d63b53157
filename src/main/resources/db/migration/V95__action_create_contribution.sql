-- Module action (issue 12): contributions of signed-in users — a new action for the catalogue, or an experience
-- feedback on an action — and every change of their state. Nothing is deleted: a decision is a new event.
create schema if not exists action;

create table action.contribution (
    id bigint generated always as identity primary key,
    kind text not null check (kind in ('action', 'retour')),
    state text not null default 'en-attente' check (state in ('en-attente', 'acceptee', 'refusee')),
    author text not null,
    -- the proposed action's id, or the catalogue action the feedback is about
    action_id text not null,
    -- a proposed action: the objectif it is placed under and the whole fiche (CatalogueAction as JSON)
    goal_id text,
    proposed jsonb,
    -- a feedback: the territory in words, the text, and how the author wants to be named
    territory text,
    body text,
    signature text,
    licence text not null,
    created_at timestamptz not null default now(),
    check ((kind = 'action' and goal_id is not null and proposed is not null)
        or (kind = 'retour' and body is not null and signature is not null))
);

create index contribution_author on action.contribution (author);
create index contribution_state on action.contribution (state, kind);
-- two accepted actions never share an id
create unique index contribution_accepted_action on action.contribution (action_id)
    where kind = 'action' and state = 'acceptee';

create table action.contribution_event (
    id bigint generated always as identity primary key,
    contribution_id bigint not null references action.contribution (id),
    at timestamptz not null default now(),
    by_whom text not null,
    from_state text,
    to_state text not null,
    reason text
);

create index contribution_event_contribution on action.contribution_event (contribution_id);
