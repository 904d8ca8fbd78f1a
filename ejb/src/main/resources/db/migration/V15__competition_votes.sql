-- The competition's public vote and its results. A cast vote waits for its e-mailed confirmation
-- and keeps no address: only its salted hash (the salt is the competition's own). A confirmed
-- vote counts once per address and category, which the unique key holds under any concurrency.
-- Casting is limited per network address and hour (hourly_quota, kept as hashes too). Results
-- are the ranking per category as last computed, proposed by one organizer and approved by another.

alter table competition add column vote_salt varchar(64);
update competition set vote_salt = 'migrated-' || cast(id as varchar(20));
alter table competition alter column vote_salt set not null;

create table competition_vote_request (
    token_hash     varchar(64) not null primary key,
    competition_id bigint      not null references competition (id) on delete cascade,
    category_id    bigint      not null references competition_category (id),
    entry_id       bigint      not null references competition_entry (id) on delete cascade,
    voter_hash     varchar(64) not null,
    cast_at        timestamp   not null,
    used_at        timestamp
);
create index competition_vote_request_entry_idx on competition_vote_request (entry_id);

create sequence competition_vote_seq start with 1 increment by 50;
create table competition_vote (
    id             bigint      not null primary key,
    competition_id bigint      not null references competition (id) on delete cascade,
    category_id    bigint      not null references competition_category (id),
    entry_id       bigint      not null references competition_entry (id) on delete cascade,
    voter_hash     varchar(64) not null,
    confirmed_at   timestamp   not null,
    constraint competition_vote_voter_uq unique (category_id, voter_hash)
);
create index competition_vote_entry_idx on competition_vote (entry_id);
create index competition_vote_competition_idx on competition_vote (competition_id, id);

create table hourly_quota (
    scope       varchar(100) not null,
    client_hash varchar(64)  not null,
    hour_start  timestamp    not null,
    used        integer      not null,
    primary key (scope, client_hash, hour_start)
);

create table competition_result (
    competition_id bigint        not null references competition (id) on delete cascade,
    category_id    bigint        not null references competition_category (id),
    entry_id       bigint        not null references competition_entry (id) on delete cascade,
    position       integer       not null,
    jury_score     numeric(7, 4),
    votes          bigint        not null,
    vote_share     numeric(7, 6) not null,
    final_score    numeric(7, 6) not null,
    primary key (competition_id, entry_id)
);
create index competition_result_rank_idx on competition_result (competition_id, category_id, position);
