-- Issue 11: paper answers and edited answers.
-- A paper answer keeps the code printed on its sheet and the account of the volunteer who typed it in (e-mail, like
-- survey.created_by); a sheet is entered once per survey, enforced here. Web answers leave both empty.
alter table survey.response add column sheet_code text;
alter table survey.response add column entered_by text;
alter table survey.response add constraint response_paper_has_sheet
    check ((source = 'papier') = (sheet_code is not null));
create unique index response_once_per_sheet on survey.response (survey_id, sheet_code) where sheet_code is not null;
-- When a respondent last changed their answer (surveys with allow_edit); null when never changed.
alter table survey.response add column updated_at timestamptz;
-- What the retention job does once retain_until has passed, and when it did it (null until then).
alter table survey.survey add column retention_action text not null default 'anonymiser'
    check (retention_action in ('anonymiser', 'supprimer'));
alter table survey.survey add column retained_at timestamptz;
