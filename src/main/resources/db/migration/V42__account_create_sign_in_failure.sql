-- failed sign-in attempts by address (known or not), for throttling: kept only as long as they count
create table account.sign_in_failure (
    email     text        not null,
    failed_at timestamptz not null default now()
);
create index sign_in_failure_email on account.sign_in_failure (email, failed_at);
