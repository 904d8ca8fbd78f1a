-- Awareness campaigns ("Da kliknemo zajedno"): a programme's campaign in named LSGUs, each on the
-- e-services track, the open-data track or both, and the e-services an LSGU offers its citizens.

create sequence campaign_seq start with 1 increment by 50;
create table campaign (
    id              bigint        not null primary key,
    code            varchar(60)   not null,
    name_sr_latn    varchar(200)  not null,
    name_sr_cyrl    varchar(200)  not null,
    name_en         varchar(200)  not null,
    summary_sr_latn varchar(2000) not null,
    summary_sr_cyrl varchar(2000) not null,
    summary_en      varchar(2000) not null,
    programme_id    bigint        not null references programme (id),
    starts_on       date          not null,
    ends_on         date          not null,
    created_at      timestamp     not null,
    version         bigint        not null,
    constraint campaign_code_uq unique (code)
);

create table campaign_lsgu (
    campaign_id bigint      not null references campaign (id) on delete cascade,
    lsgu_code   varchar(5)  not null references lsgu (code),
    track       varchar(20) not null,
    primary key (campaign_id, lsgu_code, track)
);
create index campaign_lsgu_code_idx on campaign_lsgu (lsgu_code);

create sequence local_eservice_seq start with 1 increment by 50;
create table local_eservice (
    id                  bigint        not null primary key,
    lsgu_code           varchar(5)    not null references lsgu (code),
    position            integer       not null,
    name_sr_latn        varchar(200)  not null,
    name_sr_cyrl        varchar(200)  not null,
    name_en             varchar(200)  not null,
    description_sr_latn varchar(1000) not null,
    description_sr_cyrl varchar(1000) not null,
    description_en      varchar(1000) not null,
    url                 varchar(500)  not null,
    created_at          timestamp     not null,
    version             bigint        not null
);
create index local_eservice_lsgu_idx on local_eservice (lsgu_code, position);
