-- Accounts of the people of collectivités: users, their roles per territory, one-time links and invitations.
-- Tokens are never stored: only the SHA-256 hash (hex) of each, so a copy of the database signs nobody in.
create schema if not exists account;

create table account.user_account (
    id             bigint generated always as identity primary key,
    email          text        not null unique check (email = lower(email) and position('@' in email) > 1),
    password_hash  text,
    platform_admin boolean     not null default false,
    enabled        boolean     not null default true,
    created_at     timestamptz not null default now()
);

-- territory_id: the territory module's identifier (INSEE code, SIREN, dep-XX, reg-XX, FR), checked by the
-- application when the membership is given (no foreign key across schemas)
create table account.membership (
    user_id      bigint      not null references account.user_account (id) on delete cascade,
    territory_id text        not null,
    role         text        not null check (role in ('lecteur', 'contributeur', 'editeur', 'admin')),
    created_at   timestamptz not null default now(),
    primary key (user_id, territory_id)
);
create index membership_territory on account.membership (territory_id);

-- one-time links: sign in once (created by the commands) or reset a forgotten password
create table account.sign_in_token (
    token_hash text        primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    user_id    bigint      not null references account.user_account (id) on delete cascade,
    purpose    text        not null check (purpose in ('connexion', 'reinitialisation')),
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index sign_in_token_user on account.sign_in_token (user_id);

-- invitations to join a territory with a role: single use, 7 days
create table account.invitation (
    token_hash   text        primary key check (token_hash ~ '^[0-9a-f]{64}$'),
    email        text        not null check (email = lower(email)),
    territory_id text        not null,
    role         text        not null check (role in ('lecteur', 'contributeur', 'editeur', 'admin')),
    invited_by   bigint      references account.user_account (id) on delete set null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    used_at      timestamptz
);
create index invitation_email on account.invitation (email);
