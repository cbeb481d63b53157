-- Issue 11, paper answers: how many paper sheets of the survey have been printed, each with its own code (survey id,
-- sheet number, check letter; see SheetCode). Printing reserves the next numbers, so two print runs never print the
-- same code, and a code never printed is refused when a sheet is entered.
alter table survey.survey add column sheets_printed integer not null default 0 check (sheets_printed >= 0);
