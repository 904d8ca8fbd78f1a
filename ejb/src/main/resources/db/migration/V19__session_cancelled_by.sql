-- Who cancelled a published session: an organizer, or the requester who withdrew its workshop.
-- Its registrations record the same person as the one who cancelled them.
alter table training_session add column cancelled_by varchar(60);
