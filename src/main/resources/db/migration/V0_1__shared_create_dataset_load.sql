-- Which version of each bundled dataset is loaded, so later starts skip what is already there.
create schema if not exists shared;

create table shared.dataset_load (
    dataset         text primary key,
    version         text not null,
    loaded_at       timestamptz not null default now(),
    row_count       integer not null
);
