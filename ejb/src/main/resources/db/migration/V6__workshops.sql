-- Workshop requests (the workshop-scheduling process): what a municipality, institution or
-- employer asks for, the organizers' proposal, the confirmed session, the logistics checklist and
-- the event report. Portable SQL: the same script runs on H2 and PostgreSQL.

create sequence workshop_request_seq start with 1 increment by 50;
create table workshop_request (
    id                    bigint        not null primary key,
    requester             varchar(60)   not null,
    topic                 varchar(30)   not null,
    lsgu_code             varchar(5)    not null references lsgu (code),
    organisation_name     varchar(200)  not null,
    expected_participants integer       not null,
    venue_offer           varchar(500),
    contact               varchar(300),
    notes                 varchar(2000),
    -- the requester asked that only people of their LSGU register for the published session
    lsgu_only             boolean       not null,
    status                varchar(20)   not null,
    decline_reason        varchar(2000),
    caravan_event_id      bigint,
    triage_escalated      boolean       not null,
    proposed_start        timestamp,
    proposed_end          timestamp,
    proposed_venue_id     bigint        references venue (id),
    proposed_by           varchar(60),
    counter_comment       varchar(2000),
    -- the requester let a proposal's answer lapse: shown to the organizer proposing again
    no_answer             boolean       not null,
    session_id            bigint        references training_session (id),
    checklist_flagged     boolean       not null,
    participants_present  integer,
    citizens_helped       bigint,
    report_issues         varchar(4000),
    report_next_requests  varchar(4000),
    reported_by           varchar(60),
    reported_at           timestamp,
    withdrawn_by          varchar(60),
    withdraw_reason       varchar(2000),
    process_instance_id   varchar(64),
    created_at            timestamp     not null,
    updated_at            timestamp     not null,
    version               bigint        not null,
    constraint workshop_request_participants_ck check (expected_participants > 0)
);
create index workshop_request_requester_idx on workshop_request (requester, created_at);
create index workshop_request_status_idx on workshop_request (status, created_at);
create index workshop_request_lsgu_idx on workshop_request (lsgu_code);
create index workshop_request_process_idx on workshop_request (process_instance_id);

-- up to three windows the requester prefers, in their order; replaced by a counter-proposal
create table workshop_window (
    request_id bigint  not null references workshop_request (id) on delete cascade,
    position   integer not null,
    date_from  date    not null,
    date_to    date    not null,
    primary key (request_id, position),
    constraint workshop_window_span_ck check (date_to >= date_from)
);

create table workshop_proposed_trainer (
    request_id bigint not null references workshop_request (id) on delete cascade,
    trainer_id bigint not null references trainer (id),
    primary key (request_id, trainer_id)
);

-- each logistics item ticked, with who ticked it and when
create table workshop_checklist_tick (
    request_id bigint      not null references workshop_request (id) on delete cascade,
    item       varchar(30) not null,
    ticked_by  varchar(60) not null,
    ticked_at  timestamp   not null,
    primary key (request_id, item)
);

-- a session published for a workshop whose requester asked that only people of their LSGU
-- register (the registration-eligibility decision refuses others)
alter table training_session add column lsgu_only boolean default false not null;
