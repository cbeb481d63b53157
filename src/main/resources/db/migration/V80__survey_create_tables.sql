-- Module survey (issue 11): surveys opened from a questionnaire template, and their answers.
create schema survey;

create table survey.survey (
    id bigint generated always as identity primary key,
    territory_id text not null,
    template text not null,
    -- the questionnaire as it was when the survey was opened: a later template version does not change it
    questionnaire jsonb not null,
    questionnaire_version text not null,
    -- the public link's token (192 random bits): it opens the questionnaire to anybody, so it is stored as is
    token text not null unique,
    -- secret salt of this survey's respondent hashes: the same browser key gives unrelated hashes in two surveys
    respondent_salt bytea not null,
    status text not null default 'ouverte' check (status in ('ouverte', 'fermee')),
    opens_at timestamptz not null default now(),
    closes_at timestamptz,
    retain_until date not null,
    allow_edit boolean not null default false,
    created_by text not null,
    created_at timestamptz not null default now()
);

create index survey_territory on survey.survey (territory_id);

create table survey.response (
    id bigint generated always as identity primary key,
    survey_id bigint not null references survey.survey (id),
    -- SHA-256 of the client's Idempotency-Key: a replay finds the first response, never adds a second
    idempotency_hash bytea not null,
    -- HMAC-SHA-256 of the respondent's key with the survey's salt; never the key itself, never an IP address
    respondent_hash bytea,
    questionnaire_version text not null,
    source text not null check (source in ('web', 'papier')),
    answers jsonb not null,
    received_at timestamptz not null default now(),
    constraint response_once_per_idempotency_key unique (survey_id, idempotency_hash)
);

create unique index response_once_per_respondent
    on survey.response (survey_id, respondent_hash) where respondent_hash is not null;
