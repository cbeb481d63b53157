-- Module survey (issue 11): a respondent's unfinished answers, saved as they type so that a reload loses nothing.
create table survey.answer_draft (
    survey_id bigint not null references survey.survey (id),
    -- HMAC-SHA-256 of the respondent's browser key with the survey's salt, as for responses; never the key itself
    respondent_hash bytea not null,
    -- the form's fields as sent (name -> list of values), restored into the page
    fields jsonb not null,
    updated_at timestamptz not null default now(),
    primary key (survey_id, respondent_hash)
);
