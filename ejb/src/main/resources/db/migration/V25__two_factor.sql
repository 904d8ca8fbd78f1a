-- Two-factor sign-in with an authenticator app (RFC 6238): the shared secret (Base32) while it
-- is on, and the last 30-second step a code was accepted for, so that a code works once.
alter table account add column totp_secret varchar(64);
alter table account add column totp_last_step bigint;
