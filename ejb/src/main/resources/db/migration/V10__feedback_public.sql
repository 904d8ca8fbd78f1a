-- How many answers a device and an address gave a public survey (a Digital Corner's printed link)
-- in one hour. The keys are SHA-256 hashes salted with the survey's code: no device id or address
-- is stored, and none can be followed from one survey to another. Nothing links a count to an answer.
create table feedback_public_quota (
    survey_id   bigint       not null references feedback_survey (id) on delete cascade,
    client_hash varchar(64)  not null,
    hour_start  timestamp    not null,
    answers     integer      not null,
    primary key (survey_id, client_hash, hour_start)
);
