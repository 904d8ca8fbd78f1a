-- eObuka's own tables (the Camunda engine creates and upgrades its ACT_* tables itself).
-- Portable SQL: the same script runs on H2 (local) and PostgreSQL (production, CI).

create table lsgu (
    code          varchar(5)   not null primary key,
    name_latn     varchar(100) not null,
    name_cyrl     varchar(100) not null,
    unit_type     varchar(20)  not null,
    parent_code   varchar(5),
    district_latn varchar(100) not null,
    district_cyrl varchar(100) not null,
    district_iso  varchar(6)   not null,
    region_latn   varchar(100) not null,
    region_cyrl   varchar(100) not null,
    latitude      numeric(8, 4),
    longitude     numeric(8, 4),
    in_scope      boolean      not null
);
create index lsgu_region_idx on lsgu (region_latn);
create index lsgu_district_idx on lsgu (district_latn);

create sequence account_seq start with 1 increment by 50;
create table account (
    id                  bigint       not null primary key,
    username            varchar(60)  not null,
    password_hash       varchar(200),
    full_name           varchar(200) not null,
    email               varchar(254) not null,
    lsgu_code           varchar(5) references lsgu (code),
    organisation_type   varchar(30),
    organisation_name   varchar(200),
    job_title           varchar(150),
    phone               varchar(40),
    language            varchar(10)  not null,
    status              varchar(30)  not null,
    failed_logins       integer      not null,
    locked_until        timestamp,
    verification_token  varchar(64),
    process_instance_id varchar(64),
    created_at          timestamp    not null,
    version             bigint       not null,
    constraint account_username_uq unique (username),
    constraint account_email_uq unique (email),
    constraint account_token_uq unique (verification_token)
);
create index account_full_name_idx on account (full_name);

create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role)
);

create sequence role_request_seq start with 1 increment by 50;
create table role_request (
    id                  bigint        not null primary key,
    account_id          bigint        not null references account (id) on delete cascade,
    requested_role      varchar(20)   not null,
    justification       varchar(2000) not null,
    status              varchar(20)   not null,
    decided_by          varchar(60),
    decision_comment    varchar(2000),
    process_instance_id varchar(64),
    created_at          timestamp     not null,
    decided_at          timestamp,
    version             bigint        not null
);
create index role_request_account_idx on role_request (account_id);

create sequence outbox_message_seq start with 1 increment by 50;
create table outbox_message (
    id              bigint         not null primary key,
    recipient       varchar(254)   not null,
    subject         varchar(300)   not null,
    body            varchar(20000) not null,
    status          varchar(20)    not null,
    attempts        integer        not null,
    next_attempt_at timestamp      not null,
    last_error      varchar(1000),
    created_at      timestamp      not null,
    sent_at         timestamp,
    version         bigint         not null
);
create index outbox_due_idx on outbox_message (status, next_attempt_at);
create index outbox_created_idx on outbox_message (created_at);
