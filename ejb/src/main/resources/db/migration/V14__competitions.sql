-- A campaign's public competition: categories on the campaign's tracks, criteria the jury scores
-- with their weights, jurors, citizens' entries (confirmed by an e-mailed one-use link, moderated,
-- published in a gallery) with up to three images, the jurors' scores and declared conflicts, and
-- an audit trail of every decision, from which a disputed result can be re-counted.

create sequence competition_seq start with 1 increment by 50;
create table competition (
    id                   bigint        not null primary key,
    campaign_id          bigint        not null references campaign (id),
    title_sr_latn        varchar(200)  not null,
    title_sr_cyrl        varchar(200)  not null,
    title_en             varchar(200)  not null,
    rules_sr_latn        varchar(4000) not null,
    rules_sr_cyrl        varchar(4000) not null,
    rules_en             varchar(4000) not null,
    entry_opens          timestamp     not null,
    entry_closes         timestamp     not null,
    jury_deadline        timestamp     not null,
    vote_opens           timestamp     not null,
    vote_closes          timestamp     not null,
    public_vote_weight   numeric(4, 3) not null,
    results_status       varchar(20)   not null,
    results_proposed_by  varchar(100),
    results_approved_by  varchar(100),
    process_instance_id  varchar(64),
    created_by           varchar(100)  not null,
    created_at           timestamp     not null,
    version              bigint        not null
);
create index competition_campaign_idx on competition (campaign_id);

create sequence competition_category_seq start with 1 increment by 50;
create table competition_category (
    id             bigint       not null primary key,
    competition_id bigint       not null references competition (id) on delete cascade,
    code           varchar(40)  not null,
    position       integer      not null,
    track          varchar(20)  not null,
    name_sr_latn   varchar(200) not null,
    name_sr_cyrl   varchar(200) not null,
    name_en        varchar(200) not null,
    prize_sr_latn  varchar(500) not null,
    prize_sr_cyrl  varchar(500) not null,
    prize_en       varchar(500) not null,
    constraint competition_category_code_uq unique (competition_id, code)
);

create sequence competition_criterion_seq start with 1 increment by 50;
create table competition_criterion (
    id             bigint        not null primary key,
    competition_id bigint        not null references competition (id) on delete cascade,
    code           varchar(40)   not null,
    position       integer       not null,
    weight         numeric(6, 3) not null,
    name_sr_latn   varchar(200)  not null,
    name_sr_cyrl   varchar(200)  not null,
    name_en        varchar(200)  not null,
    constraint competition_criterion_code_uq unique (competition_id, code)
);

create table competition_juror (
    competition_id bigint       not null references competition (id) on delete cascade,
    username       varchar(100) not null,
    primary key (competition_id, username)
);

create sequence competition_entry_seq start with 1 increment by 50;
create table competition_entry (
    id                  bigint        not null primary key,
    competition_id      bigint        not null references competition (id),
    category_id         bigint        not null references competition_category (id),
    lsgu_code           varchar(5)    not null references lsgu (code),
    entrant_name        varchar(200)  not null,
    email               varchar(254)  not null,
    language            varchar(10)   not null,
    title               varchar(200)  not null,
    description         varchar(4000) not null,
    links               varchar(2000),
    status              varchar(30)   not null,
    reject_reason       varchar(1000),
    confirmation_hash   varchar(64),
    submitted_at        timestamp     not null,
    confirmed_at        timestamp,
    moderated_at        timestamp,
    moderated_by        varchar(100),
    jury_score          numeric(7, 4),
    jury_scorers        integer       not null,
    process_instance_id varchar(64),
    version             bigint        not null,
    -- one entry per address per category, under any concurrency
    constraint competition_entry_email_uq unique (category_id, email),
    constraint competition_entry_confirmation_uq unique (confirmation_hash)
);
-- the gallery: a competition's published entries, by category and municipality, newest first
create index competition_entry_gallery_idx on competition_entry (competition_id, status, category_id, lsgu_code, id);

create sequence competition_entry_image_seq start with 1 increment by 50;
create table competition_entry_image (
    id           bigint      not null primary key,
    entry_id     bigint      not null references competition_entry (id) on delete cascade,
    position     integer     not null,
    content_type varchar(30) not null,
    width        integer     not null,
    height       integer     not null,
    bytes        bytea       not null,
    constraint competition_entry_image_uq unique (entry_id, position)
);

-- a juror's scores of an entry, one row per criterion
create table competition_score (
    entry_id     bigint       not null references competition_entry (id) on delete cascade,
    juror        varchar(100) not null,
    criterion_id bigint       not null references competition_criterion (id),
    score        integer      not null,
    primary key (entry_id, juror, criterion_id)
);

-- a juror's submitted scoring of an entry, with the optional comment
create table competition_scoring (
    entry_id  bigint        not null references competition_entry (id) on delete cascade,
    juror     varchar(100)  not null,
    comment   varchar(2000),
    scored_at timestamp     not null,
    primary key (entry_id, juror)
);

create table competition_conflict (
    entry_id    bigint       not null references competition_entry (id) on delete cascade,
    juror       varchar(100) not null,
    declared_at timestamp    not null,
    primary key (entry_id, juror)
);

create sequence competition_audit_seq start with 1 increment by 50;
create table competition_audit (
    id             bigint        not null primary key,
    competition_id bigint        not null references competition (id) on delete cascade,
    entry_id       bigint,
    at             timestamp     not null,
    actor          varchar(254)  not null,
    action         varchar(40)   not null,
    detail         varchar(2000)
);
create index competition_audit_idx on competition_audit (competition_id, id);
