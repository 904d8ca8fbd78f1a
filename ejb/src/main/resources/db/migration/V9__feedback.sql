-- Feedback: versioned questionnaires in the three languages, surveys of sessions, caravan events
-- and workshop requests, one-use invitations, and anonymous answers.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

-- A questionnaire is a version of a family (code); a version a survey uses is never changed,
-- a change makes the next version. The seeded defaults take ids below the sequences' start.
create sequence questionnaire_seq start with 1001 increment by 50;
create table questionnaire (
    id           bigint        not null primary key,
    code         varchar(40)   not null,
    version      integer       not null,
    purpose      varchar(20)   not null,
    name_sr_latn varchar(200)  not null,
    name_sr_cyrl varchar(200)  not null,
    name_en      varchar(200)  not null,
    created_by   varchar(60)   not null,
    created_at   timestamp     not null,
    constraint questionnaire_version_uq unique (code, version)
);

create sequence question_seq start with 1001 increment by 50;
create table question (
    id               bigint        not null primary key,
    questionnaire_id bigint        not null references questionnaire (id) on delete cascade,
    position         integer       not null,
    kind             varchar(20)   not null,
    -- what the question measures, for results, reports and the map (null: a question of its own)
    measure          varchar(30),
    required         boolean       not null,
    text_sr_latn     varchar(500)  not null,
    text_sr_cyrl     varchar(500)  not null,
    text_en          varchar(500)  not null,
    -- the labelled ends of a rating or recommendation scale
    low_sr_latn      varchar(100),
    low_sr_cyrl      varchar(100),
    low_en           varchar(100),
    high_sr_latn     varchar(100),
    high_sr_cyrl     varchar(100),
    high_en          varchar(100)
);
create index question_questionnaire_idx on question (questionnaire_id, position);

create sequence question_option_seq start with 1001 increment by 50;
create table question_option (
    id           bigint        not null primary key,
    question_id  bigint        not null references question (id) on delete cascade,
    position     integer       not null,
    code         varchar(40)   not null,
    text_sr_latn varchar(200)  not null,
    text_sr_cyrl varchar(200)  not null,
    text_en      varchar(200)  not null
);
create index question_option_question_idx on question_option (question_id, position);

-- a programme, training or caravan event may choose its questionnaire family; the default applies otherwise
alter table programme add column questionnaire_code varchar(40);
alter table training add column questionnaire_code varchar(40);
alter table caravan_event add column questionnaire_code varchar(40);

-- One survey per subject (a session, a caravan event, a workshop request) and audience.
create sequence feedback_survey_seq start with 1 increment by 50;
create table feedback_survey (
    id                   bigint        not null primary key,
    subject              varchar(20)   not null,
    audience             varchar(20)   not null,
    subject_key          varchar(80)   not null,
    session_id           bigint        references training_session (id),
    caravan_event_id     bigint        references caravan_event (id),
    workshop_request_id  bigint        references workshop_request (id),
    questionnaire_id     bigint        not null references questionnaire (id),
    anonymous            boolean       not null,
    status               varchar(20)   not null,
    opened_at            timestamp     not null,
    deadline             timestamp     not null,
    first_reminder_days  integer       not null,
    second_reminder_days integer       not null,
    -- the printed link and QR code of a public survey (Digital Corner citizens)
    public_code          varchar(40),
    started_by           varchar(60)   not null,
    closed_at            timestamp,
    process_instance_id  varchar(64),
    version              bigint        not null,
    constraint feedback_survey_subject_uq unique (subject_key),
    constraint feedback_survey_public_uq unique (public_code)
);
create index feedback_survey_session_idx on feedback_survey (session_id);
create index feedback_survey_event_idx on feedback_survey (caravan_event_id);
create index feedback_survey_status_idx on feedback_survey (status, deadline);

-- An invitation: who was asked, and whether they answered - never what they answered.
create sequence feedback_invitation_seq start with 1 increment by 50;
create table feedback_invitation (
    id              bigint        not null primary key,
    survey_id       bigint        not null references feedback_survey (id) on delete cascade,
    account_id      bigint        references account (id),
    registration_id bigint        references registration (id),
    email           varchar(254)  not null,
    language        varchar(10)   not null,
    answered        boolean       not null,
    reminders_sent  integer       not null,
    invited_at      timestamp     not null,
    constraint feedback_invitation_person_uq unique (survey_id, email)
);
create index feedback_invitation_account_idx on feedback_invitation (account_id, answered);
create index feedback_invitation_registration_idx on feedback_invitation (registration_id);

-- The links of an invitation: each e-mail (the invitation, each reminder) and the participant's
-- own page carries a fresh random token; any of them opens the one invitation, which takes one
-- answer. Only the SHA-256 of a token is stored.
create table feedback_token (
    token_hash    varchar(64)   not null primary key,
    invitation_id bigint        not null references feedback_invitation (id) on delete cascade,
    issued_at     timestamp     not null
);
create index feedback_token_invitation_idx on feedback_token (invitation_id);

-- An answer to a survey. Anonymous by default: no column leads to the person or the
-- invitation, and the time is kept to the day.
create sequence feedback_response_seq start with 1 increment by 50;
create table feedback_response (
    id                    bigint        not null primary key,
    survey_id             bigint        not null references feedback_survey (id) on delete cascade,
    questionnaire_id      bigint        not null references questionnaire (id),
    answered_on           date          not null,
    language              varchar(10)   not null,
    public_answer         boolean       not null,
    -- set only in a named survey, whose invitation said so
    respondent_account_id bigint        references account (id)
);
create index feedback_response_survey_idx on feedback_response (survey_id, answered_on);

-- One value of an answer: a rating or recommendation (number_value), a chosen option (one row
-- per option of a multiple choice), or a free text.
create sequence feedback_answer_seq start with 1 increment by 50;
create table feedback_answer (
    id           bigint        not null primary key,
    response_id  bigint        not null references feedback_response (id) on delete cascade,
    question_id  bigint        not null references question (id),
    option_id    bigint        references question_option (id),
    number_value integer,
    text_value   varchar(2000)
);
create index feedback_answer_response_idx on feedback_answer (response_id);
create index feedback_answer_question_idx on feedback_answer (question_id, number_value);

-- The default questionnaires, in every mode.
insert into questionnaire (id, code, version, purpose, name_sr_latn, name_sr_cyrl, name_en, created_by, created_at) values (1, 'participants', 1, 'PARTICIPANT', 'Upitnik za učesnike obuka i radionica', 'Упитник за учеснике обука и радионица', 'Questionnaire for training and workshop participants', 'system', current_timestamp);
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (1, 1, 0, 'RATING', 'SATISFACTION', true, 'Koliko ste zadovoljni obukom u celini?', 'Колико сте задовољни обуком у целини?', 'How satisfied are you with the training overall?', 'Nimalo', 'Нимало', 'Not at all', 'Potpuno', 'Потпуно', 'Completely');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (2, 1, 1, 'RATING', 'RELEVANCE', true, 'Koliko je ono što ste naučili korisno u vašem svakodnevnom poslu?', 'Колико је оно што сте научили корисно у вашем свакодневном послу?', 'How useful is what you learned in your daily work?', 'Nimalo', 'Нимало', 'Not at all', 'Potpuno', 'Потпуно', 'Completely');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (3, 1, 2, 'RATING', 'TRAINER', true, 'Kako ocenjujete predavača?', 'Како оцењујете предавача?', 'How do you rate the trainer?', 'Loše', 'Лоше', 'Poor', 'Odlično', 'Одлично', 'Excellent');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (4, 1, 3, 'RATING', 'ORGANISATION', true, 'Kako ocenjujete organizaciju (prostor, vreme, materijali)?', 'Како оцењујете организацију (простор, време, материјали)?', 'How do you rate the organisation (venue, timing, materials)?', 'Loše', 'Лоше', 'Poor', 'Odlično', 'Одлично', 'Excellent');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (5, 1, 4, 'RATING', 'KNOWLEDGE_BEFORE', true, 'Koliko ste poznavali temu pre obuke?', 'Колико сте познавали тему пре обуке?', 'How well did you know the topic before the training?', 'Ništa', 'Ништа', 'Nothing', 'Veoma dobro', 'Веома добро', 'Very well');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (6, 1, 5, 'RATING', 'KNOWLEDGE_AFTER', true, 'Koliko poznajete temu posle obuke?', 'Колико познајете тему после обуке?', 'How well do you know the topic after the training?', 'Ništa', 'Ништа', 'Nothing', 'Veoma dobro', 'Веома добро', 'Very well');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (7, 1, 6, 'RECOMMEND', 'RECOMMEND', true, 'Koliko je verovatno da biste ovu obuku preporučili kolegi?', 'Колико је вероватно да бисте ову обуку препоручили колеги?', 'How likely are you to recommend this training to a colleague?', 'Nimalo verovatno', 'Нимало вероватно', 'Not at all likely', 'Sasvim sigurno', 'Сасвим сигурно', 'Extremely likely');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (8, 1, 7, 'TEXT', 'IMPROVE', false, 'Šta bismo mogli da poboljšamo?', 'Шта бисмо могли да побољшамо?', 'What could we improve?', null, null, null, null, null, null);
insert into questionnaire (id, code, version, purpose, name_sr_latn, name_sr_cyrl, name_en, created_by, created_at) values (2, 'digital-corner', 1, 'CORNER', 'Digitalni kutak: kratka anketa za građane', 'Дигитални кутак: кратка анкета за грађане', 'Digital Corner: a short survey for citizens', 'system', current_timestamp);
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (9, 2, 0, 'SINGLE', 'PROBLEM_SOLVED', true, 'Da li je vaš problem rešen?', 'Да ли је ваш проблем решен?', 'Was your problem solved?', null, null, null, null, null, null);
insert into question_option (id, question_id, position, code, text_sr_latn, text_sr_cyrl, text_en) values (1, 9, 0, 'YES', 'Da', 'Да', 'Yes');
insert into question_option (id, question_id, position, code, text_sr_latn, text_sr_cyrl, text_en) values (2, 9, 1, 'PARTLY', 'Delimično', 'Делимично', 'Partly');
insert into question_option (id, question_id, position, code, text_sr_latn, text_sr_cyrl, text_en) values (3, 9, 2, 'NO', 'Ne', 'Не', 'No');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (10, 2, 1, 'SINGLE', 'WOULD_USE_ALONE', true, 'Da li biste sledeći put sami koristili e-uslugu?', 'Да ли бисте следећи пут сами користили е-услугу?', 'Would you use the e-service on your own next time?', null, null, null, null, null, null);
insert into question_option (id, question_id, position, code, text_sr_latn, text_sr_cyrl, text_en) values (4, 10, 0, 'YES', 'Da', 'Да', 'Yes');
insert into question_option (id, question_id, position, code, text_sr_latn, text_sr_cyrl, text_en) values (5, 10, 1, 'MAYBE', 'Možda', 'Можда', 'Maybe');
insert into question_option (id, question_id, position, code, text_sr_latn, text_sr_cyrl, text_en) values (6, 10, 2, 'NO', 'Ne', 'Не', 'No');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (11, 2, 2, 'SINGLE', 'AGE_BAND', false, 'Koliko imate godina?', 'Колико имате година?', 'How old are you?', null, null, null, null, null, null);
insert into question_option (id, question_id, position, code, text_sr_latn, text_sr_cyrl, text_en) values (7, 11, 0, 'UNDER_30', 'Do 30', 'До 30', 'Under 30');
insert into question_option (id, question_id, position, code, text_sr_latn, text_sr_cyrl, text_en) values (8, 11, 1, 'FROM_30_TO_49', '30–49', '30–49', '30–49');
insert into question_option (id, question_id, position, code, text_sr_latn, text_sr_cyrl, text_en) values (9, 11, 2, 'FROM_50_TO_64', '50–64', '50–64', '50–64');
insert into question_option (id, question_id, position, code, text_sr_latn, text_sr_cyrl, text_en) values (10, 11, 3, 'FROM_65', '65 i više', '65 и више', '65 and over');
insert into questionnaire (id, code, version, purpose, name_sr_latn, name_sr_cyrl, name_en, created_by, created_at) values (3, 'requester', 1, 'REQUESTER', 'Upitnik za podnosioce zahteva za radionicu', 'Упитник за подносиоце захтева за радионицу', 'Questionnaire for those who requested a workshop', 'system', current_timestamp);
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (12, 3, 0, 'RATING', 'SATISFACTION', true, 'Koliko ste zadovoljni radionicom u celini?', 'Колико сте задовољни радионицом у целини?', 'How satisfied are you with the workshop overall?', 'Nimalo', 'Нимало', 'Not at all', 'Potpuno', 'Потпуно', 'Completely');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (13, 3, 1, 'RATING', 'ORGANISATION', true, 'Kako ocenjujete dogovaranje termina i saradnju sa organizatorima?', 'Како оцењујете договарање термина и сарадњу са организаторима?', 'How do you rate the scheduling and working with the organizers?', 'Loše', 'Лоше', 'Poor', 'Odlično', 'Одлично', 'Excellent');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (14, 3, 2, 'RATING', 'RELEVANCE', true, 'Koliko je radionica odgovorila na potrebe vaše organizacije?', 'Колико је радионица одговорила на потребе ваше организације?', 'How well did the workshop meet your organisation''s needs?', 'Nimalo', 'Нимало', 'Not at all', 'Potpuno', 'Потпуно', 'Completely');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (15, 3, 3, 'RECOMMEND', 'RECOMMEND', true, 'Koliko je verovatno da biste radionicu preporučili drugoj opštini ili poslodavcu?', 'Колико је вероватно да бисте радионицу препоручили другој општини или послодавцу?', 'How likely are you to recommend the workshop to another municipality or employer?', 'Nimalo verovatno', 'Нимало вероватно', 'Not at all likely', 'Sasvim sigurno', 'Сасвим сигурно', 'Extremely likely');
insert into question (id, questionnaire_id, position, kind, measure, required, text_sr_latn, text_sr_cyrl, text_en, low_sr_latn, low_sr_cyrl, low_en, high_sr_latn, high_sr_cyrl, high_en) values (16, 3, 4, 'TEXT', 'IMPROVE', false, 'Šta bismo mogli da uradimo bolje?', 'Шта бисмо могли да урадимо боље?', 'What could we do better?', null, null, null, null, null, null);
