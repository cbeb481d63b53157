-- Module database (issue 14, item 4): the runs of the scheduled jobs, shared by every instance of the application on
-- this database, so that a job fires once for all of them (database.ClusterLocks.runScheduled): an instance skips a
-- job another one started less than the job's minimal gap ago. Rows older than 90 days are removed as jobs run.
create schema if not exists database;

create table database.job_run (
    job         text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    instance    text        not null,
    primary key (job, started_at)
);
