-- Impact reports: an evaluator's report to donors for a programme and period (optionally a region
-- or an LSGU), drafted from the data, written, reviewed by a second evaluator and published.
-- A published report never changes; a correction is a new report that names the one it replaces.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

create sequence impact_report_seq start with 1 increment by 50;
create table impact_report (
    id                         bigint         not null primary key,
    programme_id               bigint         not null references programme (id),
    period_from                date           not null,
    period_to                  date           not null,
    region                     varchar(100),
    lsgu_code                  varchar(5)     references lsgu (code),
    status                     varchar(20)    not null,
    edition                    integer        not null,
    replaces_id                bigint         references impact_report (id),
    replaced_by_id             bigint         references impact_report (id),
    author                     varchar(60)    not null,
    reviewer                   varchar(60),
    review_comment             varchar(4000),
    review_escalated           boolean        not null,
    -- the figures drafted from the data (JSON), refreshed while the report is a draft and frozen once submitted
    figures                    varchar(20000) not null,
    figures_at                 timestamp      not null,
    findings_sr_latn           varchar(8000),
    findings_sr_cyrl           varchar(8000),
    findings_en                varchar(8000),
    recommendations_sr_latn    varchar(8000),
    recommendations_sr_cyrl    varchar(8000),
    recommendations_en         varchar(8000),
    created_at                 timestamp      not null,
    submitted_at               timestamp,
    published_at               timestamp,
    process_instance_id        varchar(64),
    version                    bigint         not null,
    constraint impact_report_period_ck check (period_to >= period_from)
);
create index impact_report_status_idx on impact_report (status, published_at);
create index impact_report_programme_idx on impact_report (programme_id, period_from);
create index impact_report_lsgu_idx on impact_report (lsgu_code);

-- Notable quotes, chosen from the scope's free-text answers (which carry no name); the text is
-- copied so that the published report keeps it as it was.
create table impact_report_quote (
    report_id  bigint        not null references impact_report (id) on delete cascade,
    position   integer       not null,
    answer_id  bigint        not null references feedback_answer (id),
    quote      varchar(2000) not null,
    context    varchar(300)  not null,
    primary key (report_id, position)
);
