create schema if not exists action;

-- Assessments of a project, policy or planned action on the 18 levers of the Cerema Boussole de la résilience
-- (docs/actions.md, « Boussole grid »), saved per territory and readable by its members only. An edit replaces the
-- answers in one transaction and keeps who changed the assessment last, and when.
create table action.boussole_assessment (
    id           bigserial primary key,
    territory_id text not null,
    title        text not null check (length(title) between 1 and 200),
    kind         text not null check (kind in ('projet', 'politique', 'action-du-plan', 'autre')),
    description  text check (length(description) <= 4000),
    created_by   text not null,
    created_at   timestamptz not null default now(),
    updated_by   text not null,
    updated_at   timestamptz not null default now()
);

create index boussole_assessment_territory on action.boussole_assessment (territory_id, id desc);

-- One answer per lever (code p1-l1 … p6-l3), with the assessor's optional comment.
create table action.boussole_answer (
    assessment_id bigint not null references action.boussole_assessment (id) on delete cascade,
    lever         text not null check (lever ~ '^p[1-6]-l[1-3]$'),
    answer        text not null check (answer in ('ne-traite-pas', 'en-partie', 'pleinement')),
    comment       text check (length(comment) <= 2000),
    primary key (assessment_id, lever)
);
