-- The admin API lists one recipient's mail, newest first (scripts and tests follow e-mailed links).
create index outbox_recipient_idx on outbox_message (recipient, created_at);
