-- A person's request to be forgotten, which an administrator confirms or declines (process data-erasure).
create sequence erasure_request_seq start with 1 increment by 50;
create table erasure_request (
    id                  bigint        not null primary key,
    account_id          bigint        not null references account (id),
    status              varchar(20)   not null,
    decided_by          varchar(100),
    decision_comment    varchar(2000),
    process_instance_id varchar(64),
    requested_at        timestamp     not null,
    decided_at          timestamp,
    version             bigint        not null
);
create index erasure_request_account_idx on erasure_request (account_id, status);

-- Each consent a person gave: to what, under which wording (a hash of the text they were shown),
-- when, and when they withdrew it. Kept to show that consent was given (ZZPL Art. 15(1)).
create sequence consent_record_seq start with 1 increment by 50;
create table consent_record (
    id            bigint        not null primary key,
    account_id    bigint        references account (id),
    email         varchar(254),
    purpose       varchar(40)   not null,
    text_version  varchar(40)   not null,
    reference     varchar(60),
    given_at      timestamp     not null,
    withdrawn_at  timestamp,
    version       bigint        not null
);
create index consent_record_account_idx on consent_record (account_id, given_at);
create index consent_record_reference_idx on consent_record (reference);
