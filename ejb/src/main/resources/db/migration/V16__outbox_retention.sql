-- The nightly retention finds sent messages by when they were sent.
create index outbox_sent_idx on outbox_message (status, sent_at);
