-- An EPCI's administrator may let one of its members read the drafts of the EPCI's communes' diagnostics
-- (issue 9): off unless given, member by member.
alter table account.membership add column reads_communes boolean not null default false;
