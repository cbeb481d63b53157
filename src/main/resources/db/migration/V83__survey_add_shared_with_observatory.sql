-- Issue 11, item 4: a territory's team may share an élus' or businesses' survey with the observatory (opt-in, off by
-- default). Aggregated values become « déclaré » indicators there, never below 5 respondents (docs/surveys.md).
alter table survey.survey add column shared_with_observatory boolean not null default false;
