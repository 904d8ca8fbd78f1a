-- A password reset link: the account keeps the SHA-256 of the e-mailed token (never the token)
-- and when it stops working. One link per account at a time; a new request replaces the old.
ALTER TABLE account ADD COLUMN reset_token VARCHAR(64);
ALTER TABLE account ADD COLUMN reset_expires_at TIMESTAMP;
ALTER TABLE account ADD CONSTRAINT account_reset_token_uq UNIQUE (reset_token);
