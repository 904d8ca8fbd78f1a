-- Programmes, trainings, their dated sessions, and registrations for sessions.
-- Portable SQL: the same script runs on H2 (local) and PostgreSQL (production, CI).

create sequence programme_seq start with 1 increment by 50;
create table programme (
    id            bigint        not null primary key,
    name          varchar(200)  not null,
    donor         varchar(200),
    beneficiary   varchar(200),
    starts_on     date,
    ends_on       date,
    co_organisers varchar(1000),
    created_at    timestamp     not null,
    version       bigint        not null,
    constraint programme_name_uq unique (name)
);

create sequence training_seq start with 1 increment by 50;
create table training (
    id                  bigint        not null primary key,
    programme_id        bigint        not null references programme (id),
    title_sr_latn       varchar(200)  not null,
    title_sr_cyrl       varchar(200)  not null,
    title_en            varchar(200)  not null,
    description_sr_latn varchar(4000),
    description_sr_cyrl varchar(4000),
    description_en      varchar(4000),
    duration_hours      integer       not null,
    created_at          timestamp     not null,
    version             bigint        not null
);
create index training_programme_idx on training (programme_id);

create table training_topic (
    training_id bigint      not null references training (id) on delete cascade,
    topic       varchar(30) not null,
    primary key (training_id, topic)
);

create table training_audience (
    training_id   bigint      not null references training (id) on delete cascade,
    audience_type varchar(30) not null,
    primary key (training_id, audience_type)
);

create sequence training_session_seq start with 1 increment by 50;
create table training_session (
    id                    bigint        not null primary key,
    training_id           bigint        not null references training (id),
    lsgu_code             varchar(5)    not null references lsgu (code),
    venue                 varchar(200)  not null,
    address               varchar(300),
    starts_at             timestamp     not null,
    ends_at               timestamp     not null,
    registration_deadline timestamp     not null,
    capacity              integer       not null,
    lsgu_quota            integer,
    trainers              varchar(500),
    status                varchar(20)   not null,
    -- pending + confirmed registrations; the check is the database's guard of the capacity rule
    seats_taken           integer       not null,
    waitlisted            integer       not null,
    -- the last waiting-list ticket handed out: tickets order the list first come, first served
    waitlist_tickets      bigint        not null,
    proposed_by           varchar(60)   not null,
    reviewed_by           varchar(60),
    review_comment        varchar(2000),
    cancel_reason         varchar(2000),
    process_instance_id   varchar(64),
    created_at            timestamp     not null,
    published_at          timestamp,
    cancelled_at          timestamp,
    version               bigint        not null,
    constraint training_session_seats_ck check (seats_taken >= 0 and seats_taken <= capacity and waitlisted >= 0)
);
create index training_session_status_start_idx on training_session (status, starts_at);
create index training_session_training_idx on training_session (training_id);
create index training_session_lsgu_idx on training_session (lsgu_code);

create table session_audience (
    session_id    bigint      not null references training_session (id) on delete cascade,
    audience_type varchar(30) not null,
    primary key (session_id, audience_type)
);

create sequence registration_seq start with 1 increment by 50;
create table registration (
    id                  bigint        not null primary key,
    session_id          bigint        not null references training_session (id),
    account_id          bigint        not null references account (id),
    -- equals account_id while the registration is active, else null: the unique constraint
    -- below then allows one active registration per person and session (nulls never clash)
    active_account_id   bigint,
    lsgu_code           varchar(5),
    status              varchar(20)   not null,
    waitlist_ticket     bigint,
    consent_at          timestamp     not null,
    created_at          timestamp     not null,
    decided_by          varchar(60),
    decided_at          timestamp,
    reject_reason       varchar(2000),
    confirmed_at        timestamp,
    cancelled_by        varchar(60),
    cancelled_at        timestamp,
    cancel_cause        varchar(20),
    attendance_by       varchar(60),
    attendance_at       timestamp,
    certificate_code    varchar(20),
    escalated           boolean       not null,
    process_instance_id varchar(64),
    version             bigint        not null,
    constraint registration_active_uq unique (session_id, active_account_id),
    constraint registration_certificate_uq unique (certificate_code)
);
create index registration_session_status_idx on registration (session_id, status, waitlist_ticket);
create index registration_account_idx on registration (account_id, created_at);
create index registration_session_created_idx on registration (session_id, created_at);
create index registration_process_idx on registration (process_instance_id);

-- a confirmation carries its calendar file
alter table outbox_message add column attachment_name varchar(100);
alter table outbox_message add column attachment_type varchar(100);
alter table outbox_message add column attachment varchar(20000);
