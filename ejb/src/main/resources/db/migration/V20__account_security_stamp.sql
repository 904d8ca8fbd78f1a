-- Changes whenever what an account may do changes (disabled, erased, roles replaced, password
-- set): a signed-in session remembers the stamp it started with and ends when it no longer matches.
ALTER TABLE account ADD COLUMN security_stamp BIGINT DEFAULT 0 NOT NULL;
