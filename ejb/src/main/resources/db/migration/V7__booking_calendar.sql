-- The planning calendar asks for every booking overlapping a week or a month
-- (starts_at < :to and ends_at > :from); bookings end soon after they start, so a range scan on
-- ends_at from the view's first day reads little more than the view. Absences likewise.
create index booking_active_end_idx on booking (ends_at, starts_at);
create index trainer_unavailability_span_idx on trainer_unavailability (ends_at, starts_at);
-- the trainer list's e-mail search and sort
create index trainer_created_idx on trainer (created_at);
