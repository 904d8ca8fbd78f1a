-- Who viewed whose personal data: one row per view, never changed (viewer, what, whose; no values).
create sequence access_log_seq start with 1 increment by 50;
create table access_log (
    id          bigint       not null primary key,
    viewer      varchar(100) not null,
    kind        varchar(30)  not null,
    subject     varchar(100) not null,
    viewed_at   timestamp    not null
);
create index access_log_viewer_idx on access_log (viewer, viewed_at);
create index access_log_time_idx on access_log (viewed_at);
