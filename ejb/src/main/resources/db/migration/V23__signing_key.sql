-- Keys the application signs with, made once and kept with the data they sign for (a key per
-- purpose; DeviceKeyMigration writes the key of the trusted-browser cookie). No personal data.
create table signing_key (
    purpose     varchar(40)  not null primary key,
    secret      varchar(100) not null,
    created_at  timestamp    not null
);
