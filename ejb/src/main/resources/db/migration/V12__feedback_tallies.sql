-- The figures evaluators, reports and the map read are counted where answers are written, so that
-- a year of a programme is read from a few thousand rows instead of every answer given.

-- Where and when a survey's subject took place (a session's programme and LSGU and the day it
-- started, a caravan event's LSGU and day, a workshop's LSGU and its session), fixed once it is
-- held, and how many were invited, answered by invitation and answered in all.
alter table feedback_survey add column programme_id bigint references programme (id);
alter table feedback_survey add column lsgu_code varchar(5) references lsgu (code);
alter table feedback_survey add column held_on date;
alter table feedback_survey add column invitations integer default 0 not null;
alter table feedback_survey add column answered_invitations integer default 0 not null;
alter table feedback_survey add column responses integer default 0 not null;

update feedback_survey set
    programme_id = (select t.programme_id from training_session ts join training t on t.id = ts.training_id
                    where ts.id = coalesce(feedback_survey.session_id,
                        (select w.session_id from workshop_request w where w.id = feedback_survey.workshop_request_id))),
    lsgu_code = coalesce((select ts.lsgu_code from training_session ts where ts.id = feedback_survey.session_id),
                         (select ce.lsgu_code from caravan_event ce where ce.id = feedback_survey.caravan_event_id),
                         (select w.lsgu_code from workshop_request w where w.id = feedback_survey.workshop_request_id)),
    held_on = coalesce((select cast(ts.starts_at as date) from training_session ts where ts.id = feedback_survey.session_id),
                       (select ce.event_day from caravan_event ce where ce.id = feedback_survey.caravan_event_id),
                       (select cast(ts.starts_at as date) from workshop_request w join training_session ts on ts.id = w.session_id
                        where w.id = feedback_survey.workshop_request_id),
                       cast(opened_at as date)),
    invitations = (select count(*) from feedback_invitation i where i.survey_id = feedback_survey.id),
    answered_invitations = (select count(*) from feedback_invitation i where i.survey_id = feedback_survey.id and i.answered = true),
    responses = (select count(*) from feedback_response r where r.survey_id = feedback_survey.id);
alter table feedback_survey alter column held_on set not null;
create index feedback_survey_programme_idx on feedback_survey (programme_id, held_on);
create index feedback_survey_place_idx on feedback_survey (lsgu_code, held_on);
create index feedback_survey_held_idx on feedback_survey (held_on);

-- How often each choice was given to each question of a survey: an option's id, the number given
-- on a scale, or -1 for a free text. Written with the answer, under the survey's row lock.
create table feedback_tally (
    survey_id   bigint  not null references feedback_survey (id) on delete cascade,
    question_id bigint  not null references question (id),
    choice      bigint  not null,
    answers     integer not null,
    primary key (survey_id, question_id, choice)
);
insert into feedback_tally (survey_id, question_id, choice, answers)
    select r.survey_id, a.question_id, coalesce(a.option_id, a.number_value, -1), count(*)
    from feedback_answer a join feedback_response r on r.id = a.response_id
    group by r.survey_id, a.question_id, coalesce(a.option_id, a.number_value, -1);

-- The people trained are counted from attended registrations of a scope's sessions: an index
-- that holds every column those counts read.
create index registration_attendance_idx on registration (session_id, status, account_id, lsgu_code, certificate_code);
