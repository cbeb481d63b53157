-- Issue 11, the questionnaire builder: a territory's own questionnaires, copied from a template then adapted.
-- The working copy (draft) may be invalid, so that nothing typed is lost; each valid save is a new version.
create table survey.questionnaire (
    id bigint generated always as identity primary key,
    territory_id text not null,
    title text not null,
    -- the template it was copied from (habitants, elus, entreprises)
    based_on text not null,
    -- the working copy, in the shape of a template (survey/modeles/*.yaml as JSON); may break the rules
    draft jsonb not null,
    draft_saved_at timestamptz not null default now(),
    created_by text not null,
    created_at timestamptz not null default now()
);

create index questionnaire_territory on survey.questionnaire (territory_id);

-- Versions 1, 2, 3… of a questionnaire, each valid when saved and never changed afterwards (enforced below).
create table survey.questionnaire_version (
    questionnaire_id bigint not null references survey.questionnaire (id),
    version int not null check (version >= 1),
    content jsonb not null,
    saved_by text not null,
    saved_at timestamptz not null default now(),
    primary key (questionnaire_id, version)
);

create function survey.refuse_questionnaire_version_change() returns trigger language plpgsql as $$
begin
    raise exception 'une version de questionnaire enregistrée ne change plus (questionnaire %, version %)',
        old.questionnaire_id, old.version;
end;
$$;

create trigger questionnaire_version_immutable before update or delete on survey.questionnaire_version
    for each row execute function survey.refuse_questionnaire_version_change();
