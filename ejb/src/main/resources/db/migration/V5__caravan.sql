-- Digital Caravan: one-day events in an LSGU with an ordered programme of parts, and the
-- Digital Corner's tally of citizens helped. Portable SQL: the same script runs on H2 and PostgreSQL.

create sequence caravan_event_seq start with 1 increment by 50;
create table caravan_event (
    id                  bigint         not null primary key,
    lsgu_code           varchar(5)     not null references lsgu (code),
    event_day           date           not null,
    title               varchar(200)   not null,
    description         varchar(2000),
    status              varchar(20)    not null,
    cancel_reason       varchar(500),
    created_by          varchar(60)    not null,
    created_at          timestamp      not null,
    -- the event report, filed after the day
    report_participants integer,
    report_citizens     integer,
    report_issues       varchar(2000),
    report_next_time    varchar(2000),
    report_filed_by     varchar(60),
    report_filed_at     timestamp,
    version             bigint         not null
);
create index caravan_event_day_idx on caravan_event (event_day, status);
create index caravan_event_lsgu_idx on caravan_event (lsgu_code, event_day);

-- a part's trainers and venue are booked with holder_kind CARAVAN and holder_id = the part's id
create sequence caravan_part_seq start with 1 increment by 50;
create table caravan_part (
    id         bigint        not null primary key,
    event_id   bigint        not null references caravan_event (id) on delete cascade,
    position   integer       not null,
    kind       varchar(20)   not null,
    title      varchar(200),
    starts_at  timestamp     not null,
    ends_at    timestamp     not null,
    venue_id   bigint        references venue (id),
    session_id bigint        references training_session (id),
    constraint caravan_part_span_ck check (ends_at > starts_at)
);
create index caravan_part_event_idx on caravan_part (event_id, position);

create table caravan_part_trainer (
    part_id    bigint not null references caravan_part (id) on delete cascade,
    trainer_id bigint not null references trainer (id),
    primary key (part_id, trainer_id)
);
create index caravan_part_trainer_idx on caravan_part_trainer (trainer_id);

-- One citizen helped at the Digital Corner. The device makes client_tap_id, so a tap sent again
-- (a retry after a lost answer, a queue flushed when the network returns) is stored once.
create sequence corner_tap_seq start with 1 increment by 50;
create table corner_tap (
    id            bigint        not null primary key,
    event_id      bigint        not null references caravan_event (id) on delete cascade,
    client_tap_id varchar(64)   not null,
    service       varchar(30)   not null,
    note          varchar(200),
    age_band      varchar(20),
    device_help   boolean,
    recorded_by   varchar(60)   not null,
    tapped_at     timestamp     not null,
    received_at   timestamp     not null,
    undone_at     timestamp,
    constraint corner_tap_client_uq unique (event_id, client_tap_id)
);
create index corner_tap_event_idx on corner_tap (event_id, service);
