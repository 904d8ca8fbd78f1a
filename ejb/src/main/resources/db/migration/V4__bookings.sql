-- Trainers, venues and their bookings: the calendar that workshops, caravan events and
-- training sessions share. Portable SQL: the same script runs on H2 and PostgreSQL.

create sequence trainer_seq start with 1 increment by 50;
create table trainer (
    id          bigint        not null primary key,
    full_name   varchar(120)  not null,
    email       varchar(254)  not null,
    phone       varchar(40),
    active      boolean       not null,
    created_at  timestamp     not null,
    version     bigint        not null,
    constraint trainer_email_uq unique (email)
);
create index trainer_name_idx on trainer (full_name);

create table trainer_topic (
    trainer_id bigint      not null references trainer (id) on delete cascade,
    topic      varchar(30) not null,
    primary key (trainer_id, topic)
);

-- where a trainer travels: whole regions (by their Latin name, as lsgu.region_latn) or single LSGUs
create table trainer_region (
    trainer_id bigint       not null references trainer (id) on delete cascade,
    region     varchar(100) not null,
    primary key (trainer_id, region)
);
create table trainer_lsgu (
    trainer_id bigint     not null references trainer (id) on delete cascade,
    lsgu_code  varchar(5) not null references lsgu (code),
    primary key (trainer_id, lsgu_code)
);

create sequence trainer_unavailability_seq start with 1 increment by 50;
create table trainer_unavailability (
    id         bigint        not null primary key,
    trainer_id bigint        not null references trainer (id) on delete cascade,
    starts_at  timestamp     not null,
    ends_at    timestamp     not null,
    reason     varchar(300),
    constraint trainer_unavailability_span_ck check (ends_at > starts_at)
);
create index trainer_unavailability_idx on trainer_unavailability (trainer_id, starts_at);

create sequence venue_seq start with 1 increment by 50;
create table venue (
    id          bigint        not null primary key,
    lsgu_code   varchar(5)    not null references lsgu (code),
    name        varchar(200)  not null,
    address     varchar(300)  not null,
    seats       integer       not null,
    projector   boolean       not null,
    computers   integer       not null,
    wifi        boolean       not null,
    active      boolean       not null,
    created_at  timestamp     not null,
    version     bigint        not null,
    constraint venue_seats_ck check (seats > 0 and computers >= 0)
);
create index venue_lsgu_idx on venue (lsgu_code, name);

-- One resource (a trainer or a venue) held for a span of time by a session, a workshop or a
-- caravan event. No two active bookings of one resource overlap: BookingService locks the
-- resource's row (trainer or venue) before it looks for an overlap and inserts, so concurrent
-- proposals for the same resource run one after the other inside the database.
create sequence booking_seq start with 1 increment by 50;
create table booking (
    id          bigint        not null primary key,
    trainer_id  bigint        references trainer (id),
    venue_id    bigint        references venue (id),
    starts_at   timestamp     not null,
    ends_at     timestamp     not null,
    -- what holds the resource: SESSION (training_session.id), WORKSHOP (workshop request id), CARAVAN (caravan_part.id)
    holder_kind varchar(20)   not null,
    holder_id   bigint        not null,
    label       varchar(300)  not null,
    lsgu_code   varchar(5)    references lsgu (code),
    topic       varchar(30),
    active      boolean       not null,
    created_by  varchar(60)   not null,
    created_at  timestamp     not null,
    released_at timestamp,
    constraint booking_resource_ck check ((trainer_id is null) <> (venue_id is null)),
    constraint booking_span_ck check (ends_at > starts_at)
);
create index booking_trainer_idx on booking (trainer_id, starts_at, ends_at);
create index booking_venue_idx on booking (venue_id, starts_at, ends_at);
create index booking_holder_idx on booking (holder_kind, holder_id);
create index booking_start_idx on booking (starts_at);
