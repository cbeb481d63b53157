-- personal API tokens (issue 9, item 3): a person's identity for scripts, sent as « Authorization: Bearer … ».
-- As for the one-time links, only the SHA-256 hash (hex) of each token is stored; a revoked token stays listed.
create table account.api_token (
    id           bigint generated always as identity primary key,
    token_hash   text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    user_id      bigint      not null references account.user_account (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 100),
    created_at   timestamptz not null default now(),
    -- updated at most once a minute per token, so that a busy script does not write on every request
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on account.api_token (user_id);
