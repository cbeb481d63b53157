-- Spring Session JDBC's tables (its schema-postgresql.sql, version 4.1) in the account schema, so that several
-- instances of the application share the signed-in sessions. spring.session.jdbc.table-name=account.spring_session
create table account.spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on account.spring_session (session_id);
create index spring_session_ix2 on account.spring_session (expiry_time);
create index spring_session_ix3 on account.spring_session (principal_name);

create table account.spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references account.spring_session (primary_id) on delete cascade
);
