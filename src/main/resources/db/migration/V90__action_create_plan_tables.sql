create schema if not exists action;

-- A territory's action plan (docs/actions.md, « Action plans »): one per territory, its title and the weights of the
-- six prioritisation criteria (0–10 each; the page shows them normalised to a sum of 100 %).
create table action.plan (
    id                bigserial primary key,
    territory_id      text not null unique,
    title             text not null check (length(title) between 1 and 200),
    weight_impact     integer not null default 3 check (weight_impact between 0 and 10),
    weight_boussole   integer not null default 1 check (weight_boussole between 0 and 10),
    weight_cost       integer not null default 1 check (weight_cost between 0 and 10),
    weight_feasibility integer not null default 1 check (weight_feasibility between 0 and 10),
    weight_delay      integer not null default 1 check (weight_delay between 0 and 10),
    weight_cobenefits integer not null default 1 check (weight_cobenefits between 0 and 10),
    created_at        timestamptz not null default now()
);

-- An action of a plan: from the catalogue (catalogue_id kept) or custom (null). One level of sub-actions only
-- (trigger below). « En retard » is never stored: it is derived from the dates (PlanLateness).
create table action.plan_action (
    id                 bigserial primary key,
    plan_id            bigint not null references action.plan (id) on delete cascade,
    parent_id          bigint references action.plan_action (id) on delete cascade,
    catalogue_id       text,
    title              text not null check (length(title) between 1 and 200),
    description        text not null default '',
    status             text not null check (status in ('a-venir', 'en-cours', 'realise', 'en-pause', 'abandonne')),
    start_date         date,
    due_date           date,
    pilot_account_id   bigint,
    pilot_name         text not null default '',
    elu_referent       text not null default '',
    partners           text not null default '',
    justification_kind text check (justification_kind in
                           ('ligne-diagnostic', 'resultat-stress-test', 'constat-enquete', 'autre')),
    justification_ref  text not null default '',
    justification_text text not null default '',
    needs              text[] not null default '{}',
    levers             text[] not null default '{}',
    cost               text,
    difficulty         text,
    delay              text,
    cobenefits         text[] not null default '{}',
    version            integer not null default 1,
    updated_by         text not null,
    updated_at         timestamptz not null default now(),
    check (parent_id is null or parent_id <> id),
    check (start_date is null or due_date is null or due_date >= start_date)
);

create index plan_action_plan on action.plan_action (plan_id, id);
create index plan_action_parent on action.plan_action (parent_id);

-- One level of sub-actions: a parent must be a top-level action of the same plan, and an action that has
-- sub-actions cannot become one.
create function action.plan_action_one_level() returns trigger language plpgsql as $$
begin
    if new.parent_id is not null then
        if exists (select 1 from action.plan_action p
                   where p.id = new.parent_id and (p.parent_id is not null or p.plan_id <> new.plan_id)) then
            raise exception 'une sous-action ne peut pas avoir de sous-action (action %)', new.parent_id
                using errcode = 'check_violation';
        end if;
        if exists (select 1 from action.plan_action c where c.parent_id = new.id) then
            raise exception 'l''action % a des sous-actions : elle ne peut pas devenir une sous-action', new.id
                using errcode = 'check_violation';
        end if;
    end if;
    return new;
end $$;

create trigger plan_action_one_level before insert or update of parent_id on action.plan_action
    for each row execute function action.plan_action_one_level();

-- Budget per year, investment or operating, planned and spent, in euros.
create table action.plan_budget (
    id        bigserial primary key,
    action_id bigint not null references action.plan_action (id) on delete cascade,
    year      integer not null check (year between 2000 and 2100),
    kind      text not null check (kind in ('investissement', 'fonctionnement')),
    planned   numeric(14, 2) not null default 0 check (planned >= 0),
    spent     numeric(14, 2) not null default 0 check (spent >= 0)
);

create table action.plan_milestone (
    id        bigserial primary key,
    action_id bigint not null references action.plan_action (id) on delete cascade,
    title     text not null check (length(title) between 1 and 200),
    due_date  date not null,
    done_date date
);

-- Follow-up indicators: a label, unit, baseline year and source, and points (year, résultat or objectif, value).
create table action.plan_indicator (
    id            bigserial primary key,
    action_id     bigint not null references action.plan_action (id) on delete cascade,
    label         text not null check (length(label) between 1 and 200),
    unit          text not null default '',
    baseline_year integer not null check (baseline_year between 1900 and 2100),
    source        text not null default ''
);

create table action.plan_indicator_point (
    indicator_id bigint not null references action.plan_indicator (id) on delete cascade,
    year         integer not null check (year between 1900 and 2100),
    kind         text not null check (kind in ('resultat', 'objectif')),
    value        double precision not null,
    primary key (indicator_id, year, kind)
);

create table action.plan_note (
    id         bigserial primary key,
    action_id  bigint not null references action.plan_action (id) on delete cascade,
    author     text not null,
    written_at timestamptz not null default now(),
    text       text not null check (length(text) between 1 and 5000)
);

-- Every change of a plan, written in the same transaction as the change: who, when, which field, before, after.
-- Kept when an action is deleted (action_id is then only a number).
create table action.plan_history (
    id         bigserial primary key,
    plan_id    bigint not null references action.plan (id) on delete cascade,
    action_id  bigint,
    changed_by text not null,
    changed_at timestamptz not null default now(),
    field      text not null,
    before     text,
    after      text
);

create index plan_history_plan on action.plan_history (plan_id, id desc);
