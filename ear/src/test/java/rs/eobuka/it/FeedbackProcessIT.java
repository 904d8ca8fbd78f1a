package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.Account;
import rs.eobuka.feedback.AnswerInput;
import rs.eobuka.feedback.AnswerService;
import rs.eobuka.feedback.FeedbackForm;
import rs.eobuka.feedback.FeedbackSurvey;
import rs.eobuka.feedback.InvitationRetention;
import rs.eobuka.feedback.Question;
import rs.eobuka.feedback.SurveyAudience;
import rs.eobuka.feedback.SurveyService;
import rs.eobuka.feedback.SurveyStatistics;
import rs.eobuka.feedback.SurveyStatus;
import rs.eobuka.feedback.SurveyTarget;
import rs.eobuka.map.MapFigure;
import rs.eobuka.map.MapMeasure;
import rs.eobuka.map.MapQuery;
import rs.eobuka.map.MapService;
import rs.eobuka.platform.errors.ConflictException;
import rs.eobuka.platform.errors.GoneException;
import rs.eobuka.platform.errors.InvalidFieldsException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.mail.OutboxMessage;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.registration.AttendanceService;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.session.TrainingSession;

/**
 * Feedback inside the server: a session's end starts its survey, which invites those marked
 * present by e-mailed one-use links; a link takes one answer however many times it is sent at
 * once; answers keep no way back to the person; reminders go only to those who have not
 * answered; a closed survey takes nothing more. Timers are fired by hand.
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackProcessIT {

    private static final Pattern LINK = Pattern.compile("/feedback/answer\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final String INVITATION = "eObuka: vaše mišljenje";
    private static final String REMINDER = "eObuka: podsetnik – vaše mišljenje";

    @Inject
    ManagementService management;

    @Inject
    RegistrationService registrations;

    @Inject
    AttendanceService attendance;

    @Inject
    SurveyService surveys;

    @Inject
    InvitationRetention invitationRetention;

    @Inject
    AnswerService answers;

    @Inject
    rs.eobuka.feedback.FeedbackResultsService results;

    @Inject
    rs.eobuka.caravan.CaravanService caravan;

    @Inject
    MapService map;

    @Inject
    rs.eobuka.feedback.QuestionnaireService questionnaires;

    @Inject
    rs.eobuka.impact.ImpactFiguresService impactFigures;

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource database;

    @Inject
    ServiceFixtures fixtures;

    @Test
    void shouldInviteOnlyThoseMarkedPresentWhenTheSessionEndsAndTakeOneAnswerPerLink() throws Exception {
        // Given a session that is over, with one participant present and one who did not come
        Held held = heldSession(2, false);
        Account present = held.participants().get(0);
        Account absent = held.participants().get(1);
        attendance.record(held.session().getId(), List.of(held.registrations().get(0).getId()), true, ServiceFixtures.PROPOSER);
        attendance.record(held.session().getId(), List.of(held.registrations().get(1).getId()), false, ServiceFixtures.PROPOSER);

        // When the session's end is reached
        sessionOver(held.session());

        // Then the present one is invited by a link of their own, the absent one is not
        FeedbackSurvey survey = surveys.find(SurveyTarget.session(held.session().getId()), SurveyAudience.PARTICIPANTS).orElseThrow();
        assertThat(survey.isAnonymous()).isTrue();
        assertThat(survey.getProcessInstanceId()).isNotNull();
        String token = token(present, INVITATION);
        assertThat(fixtures.mailTo(absent.getEmail(), INVITATION)).isEmpty();
        FeedbackForm form = answers.form(token, Language.SR_CYRL);
        assertThat(form.title()).contains(held.session().getLsgu().name(true));

        // When they answer, and the same link is sent again
        answers.submit(token, complete(form), Language.SR_CYRL);

        // Then the second submit is refused as answered, and the link no longer opens the questionnaire
        assertThatThrownBy(() -> answers.submit(token, complete(form), Language.SR_CYRL)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> answers.form(token, Language.SR_LATN)).isInstanceOf(GoneException.class)
                .hasMessage("feedback.alreadyAnswered");
        assertThat(surveys.statistics(survey.getId()).answers()).isEqualTo(1);
        assertThat(surveys.statistics(survey.getId()).responseRate()).isEqualTo(1.0);
    }

    @Test
    void shouldStoreOneAnswerWhenTheSameLinkIsSubmittedEightTimesAtOnce() throws Exception {
        // Given an invitation's link
        Held held = heldSession(1);
        sessionOver(held.session());
        String token = token(held.participants().get(0), INVITATION);
        List<AnswerInput> answers = complete(this.answers.form(token, Language.EN));
        FeedbackSurvey survey = surveys.find(SurveyTarget.session(held.session().getId()), SurveyAudience.PARTICIPANTS).orElseThrow();

        // When eight submits of it arrive together
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        this.answers.submit(token, answers, Language.EN);
                        return "stored";
                    } catch (ConflictException e) {
                        return "answered";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }

            // Then exactly one is stored, the others told it was answered, and one response exists
            assertThat(results).containsOnly("stored", "answered").filteredOn("stored"::equals).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from feedback_response where survey_id = ?", survey.getId())).isEqualTo(1);
    }

    @Test
    void shouldCountEveryAnswerInTheSurveysTallyWhenEveryoneAnswersAtOnce() throws Exception {
        // Given five people present, each with their own link
        Held held = heldSession(5);
        sessionOver(held.session());
        FeedbackSurvey survey = surveys.find(SurveyTarget.session(held.session().getId()), SurveyAudience.PARTICIPANTS).orElseThrow();
        List<String> tokens = new ArrayList<>();
        for (Account participant : held.participants()) {
            tokens.add(token(participant, INVITATION));
        }
        List<AnswerInput> answers = complete(this.answers.form(tokens.get(0), Language.EN));

        // When all of them answer at the same moment
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> outcomes = new ArrayList<>();
        try {
            for (String token : tokens) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    this.answers.submit(token, answers, Language.EN);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> outcome : outcomes) {
                outcome.get();
            }
        } finally {
            pool.shutdownNow();
        }

        // Then the survey's counts and its tally hold exactly what the answer rows hold
        long id = survey.getId();
        assertThat(count("select responses from feedback_survey where id = ?", id)).isEqualTo(5);
        assertThat(count("select answered_invitations from feedback_survey where id = ?", id)).isEqualTo(5);
        assertThat(count("select invitations from feedback_survey where id = ?", id))
                .isEqualTo(count("select count(*) from feedback_invitation where survey_id = ?", id)).isEqualTo(5);
        assertThat(count("select coalesce(sum(answers), 0) from feedback_tally where survey_id = ?", id))
                .isEqualTo(count("select count(*) from feedback_answer a join feedback_response r on r.id = a.response_id"
                        + " where r.survey_id = ?", id)).isPositive();
        assertThat(count("select count(*) from (select a.question_id, coalesce(a.option_id, a.number_value, -1) as choice, count(*) as n"
                + " from feedback_answer a join feedback_response r on r.id = a.response_id where r.survey_id = ?"
                + " group by a.question_id, coalesce(a.option_id, a.number_value, -1)) raw left join feedback_tally x"
                + " on x.survey_id = " + id + " and x.question_id = raw.question_id and x.choice = raw.choice"
                + " where x.answers is null or x.answers <> raw.n", id)).as("choices counted otherwise than answered").isZero();
    }

    @Test
    void shouldKeepNoWayFromAnAnonymousAnswerToThePersonOrTheLink() throws Exception {
        // Given an answered anonymous survey
        Held held = heldSession(1);
        sessionOver(held.session());
        String token = token(held.participants().get(0), INVITATION);
        answers.submit(token, complete(answers.form(token, Language.SR_LATN)), Language.SR_LATN);
        FeedbackSurvey survey = surveys.find(SurveyTarget.session(held.session().getId()), SurveyAudience.PARTICIPANTS).orElseThrow();

        // Then the answer's tables have no column that leads to an account, an invitation, a token or a time of day
        assertThat(columns("feedback_response")).containsExactlyInAnyOrder("id", "survey_id", "questionnaire_id", "answered_on",
                "language", "public_answer", "respondent_account_id");
        assertThat(columns("feedback_answer")).containsExactlyInAnyOrder("id", "response_id", "question_id", "option_id",
                "number_value", "text_value");
        // and the one column for named surveys is empty, the day is a date
        assertThat(count("select count(*) from feedback_response where survey_id = ? and respondent_account_id is null", survey.getId()))
                .isEqualTo(1);
        assertThat(columnType("feedback_response", "answered_on")).isEqualTo(java.sql.Types.DATE);
        // and the invitation says only that it was answered
        assertThat(columns("feedback_invitation")).doesNotContain("answered_at", "response_id");
    }

    @Test
    void shouldRemindOnlyThoseWhoHaveNotAnsweredThenCloseAndRefuseLateAnswers() throws Exception {
        // Given two present, one of whom answers at once
        Held held = heldSession(2);
        sessionOver(held.session());
        Account prompt = held.participants().get(0);
        Account late = held.participants().get(1);
        String promptToken = token(prompt, INVITATION);
        answers.submit(promptToken, complete(answers.form(promptToken, Language.SR_LATN)), Language.SR_LATN);
        FeedbackSurvey survey = surveys.find(SurveyTarget.session(held.session().getId()), SurveyAudience.PARTICIPANTS).orElseThrow();

        // When the first reminder day comes
        management.executeJob(job(survey, "Timer_FirstReminder").getId());

        // Then only the one who has not answered is reminded, with a fresh link that opens the same invitation
        assertThat(fixtures.mailTo(prompt.getEmail(), REMINDER)).isEmpty();
        String reminderToken = token(late, REMINDER);
        assertThat(reminderToken).isNotEqualTo(token(late, INVITATION));

        // When the second reminder day and the deadline pass
        management.executeJob(job(survey, "Timer_SecondReminder").getId());
        management.executeJob(job(survey, "Timer_Deadline").getId());

        // Then the survey is closed and a late answer is refused politely, storing nothing
        assertThat(surveys.get(survey.getId()).getStatus()).isEqualTo(SurveyStatus.CLOSED);
        assertThatThrownBy(() -> answers.form(reminderToken, Language.EN)).isInstanceOf(GoneException.class).hasMessage("feedback.closed");
        assertThatThrownBy(() -> answers.submit(reminderToken, List.of(), Language.EN)).isInstanceOf(GoneException.class);
        assertThat(surveys.statistics(survey.getId()).answers()).isEqualTo(1);
    }

    @Test
    void shouldForgetWhoWasInvitedOnceAClosedSurveysRetentionHasPassedAndKeepItsFigures() throws Exception {
        // Given a survey of two invitees, one of whom answered, closed on a day long ago
        Held held = heldSession(2);
        sessionOver(held.session());
        String promptToken = token(held.participants().get(0), INVITATION);
        answers.submit(promptToken, complete(answers.form(promptToken, Language.SR_LATN)), Language.SR_LATN);
        String lateToken = token(held.participants().get(1), INVITATION);
        FeedbackSurvey survey = surveys.find(SurveyTarget.session(held.session().getId()), SurveyAudience.PARTICIPANTS).orElseThrow();
        for (String timer : List.of("Timer_FirstReminder", "Timer_SecondReminder", "Timer_Deadline")) {
            management.executeJob(job(survey, timer).getId());
        }
        assertThat(surveys.get(survey.getId()).getStatus()).isEqualTo(SurveyStatus.CLOSED);
        SurveyStatistics before = surveys.statistics(survey.getId());
        LocalDateTime closedAt = LocalDateTime.of(2001, 3, 1, 12, 0);
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("update feedback_survey set closed_at = ? where id = ? and status = 'CLOSED'")) {
            update.setObject(1, closedAt);
            update.setLong(2, survey.getId());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        Instant closed = closedAt.atZone(SerbianTime.ZONE).toInstant();

        // When the retention runs a day before its period is over
        invitationRetention.forgetAsOf(closed.plus(InvitationRetention.retention()).minus(Duration.ofDays(1)));

        // Then the invitees are still known
        assertThat(inviteesKnown(survey.getId())).isEqualTo(2);

        // When it runs a day after
        int forgotten = invitationRetention.forgetAsOf(closed.plus(InvitationRetention.retention()).plus(Duration.ofDays(1)));

        // Then no invitation names its invitee, the links are gone, and the survey's figures are what they were
        assertThat(forgotten).isEqualTo(2);
        assertThat(inviteesKnown(survey.getId())).isZero();
        assertThatThrownBy(() -> answers.form(lateToken, Language.EN)).isInstanceOf(NotFoundException.class);
        assertThat(surveys.statistics(survey.getId())).isEqualTo(before);
    }

    /** Invitations of the survey that still lead to their invitee: by account, registration, address or a link. */
    private long inviteesKnown(long surveyId) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("select count(*) from feedback_invitation i where i.survey_id = ?"
                     + " and (i.account_id is not null or i.registration_id is not null or i.email not like '%@erased.invalid'"
                     + " or exists (select 1 from feedback_token t where t.invitation_id = i.id))")) {
            select.setLong(1, surveyId);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void shouldRefuseIncompleteAnswersNamingEachQuestionAndStoreNothing() throws Exception {
        Held held = heldSession(1);
        sessionOver(held.session());
        String token = token(held.participants().get(0), INVITATION);
        FeedbackForm form = answers.form(token, Language.SR_LATN);
        long required = form.questionnaire().getQuestions().stream().filter(Question::isRequired).count();

        assertThatThrownBy(() -> answers.submit(token, List.of(), Language.SR_LATN))
                .isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(((InvalidFieldsException) e).refusals()).hasSize((int) required));
        // the link still works: nothing was used up
        answers.submit(token, complete(form), Language.SR_LATN);
    }

    @Test
    void shouldInviteThoseMarkedPresentAfterTheSurveyStarted() throws Exception {
        // Given a survey started before attendance was recorded
        Held held = heldSession(1, false);
        sessionOver(held.session());
        Account participant = held.participants().get(0);
        assertThat(fixtures.mailTo(participant.getEmail(), INVITATION)).isEmpty();

        // When the organizer marks them present
        attendance.record(held.session().getId(), List.of(held.registrations().get(0).getId()), true, ServiceFixtures.PROPOSER);

        // Then they are invited
        assertThat(token(participant, INVITATION)).isNotBlank();
    }

    @Test
    void shouldCountResultsInTheDatabaseAsTheTestCountsThem() throws Exception {
        // Given three present who answer with known values
        Held held = heldSession(3);
        sessionOver(held.session());
        int[][] ratings = {{5, 2}, {4, 3}, {2, 5}};
        int[] recommend = {10, 9, 3};
        Long satisfaction = null;
        Long before = null;
        Long after = null;
        Long nps = null;
        for (int p = 0; p < 3; p++) {
            String token = token(held.participants().get(p), INVITATION);
            FeedbackForm form = answers.form(token, Language.SR_LATN);
            List<AnswerInput> inputs = new ArrayList<>();
            for (Question question : form.questionnaire().getQuestions()) {
                rs.eobuka.feedback.QuestionMeasure measure = question.getMeasure();
                int value = measure == rs.eobuka.feedback.QuestionMeasure.KNOWLEDGE_BEFORE ? ratings[p][1]
                        : measure == rs.eobuka.feedback.QuestionMeasure.RECOMMEND ? recommend[p] : ratings[p][0];
                inputs.add(switch (question.getKind()) {
                    case RATING, RECOMMEND -> new AnswerInput(question.getId(), value, null, null);
                    case SINGLE, MULTIPLE -> new AnswerInput(question.getId(), null, List.of(question.getOptions().get(0).getId()), null);
                    case TEXT -> new AnswerInput(question.getId(), null, null, "Primer " + p + " iz prakse");
                });
                if (measure == rs.eobuka.feedback.QuestionMeasure.SATISFACTION) {
                    satisfaction = question.getId();
                } else if (measure == rs.eobuka.feedback.QuestionMeasure.KNOWLEDGE_BEFORE) {
                    before = question.getId();
                } else if (measure == rs.eobuka.feedback.QuestionMeasure.KNOWLEDGE_AFTER) {
                    after = question.getId();
                } else if (measure == rs.eobuka.feedback.QuestionMeasure.RECOMMEND) {
                    nps = question.getId();
                }
            }
            answers.submit(token, inputs, Language.SR_LATN);
        }

        // When the results of the session are counted
        rs.eobuka.feedback.FeedbackResults figures = results.results(rs.eobuka.feedback.ResultsScope.session(held.session().getId()));

        // Then they equal the test's own counts
        assertThat(figures.surveys()).isEqualTo(1);
        assertThat(figures.invitations()).isEqualTo(3);
        assertThat(figures.answers()).isEqualTo(3);
        assertThat(figures.responseRate()).isEqualTo(1.0);
        assertThat(result(figures, satisfaction).mean()).isEqualTo(3.67);
        assertThat(result(figures, satisfaction).counts()).containsEntry(5L, 1L).containsEntry(4L, 1L).containsEntry(2L, 1L);
        // after: the rating column (5, 4, 2) → 3.67; before: 2, 3, 5 → 3.33
        assertThat(result(figures, after).mean()).isEqualTo(3.67);
        assertThat(result(figures, before).mean()).isEqualTo(3.33);
        assertThat(figures.knowledgeShift()).isEqualTo(0.33);
        // two promoters (10, 9), one detractor (3) of three: (2 - 1) / 3 = 33
        assertThat(result(figures, nps).netPromoterScore()).isEqualTo(33);
        assertThat(results.freeTexts(rs.eobuka.feedback.ResultsScope.session(held.session().getId()), "PRIMER 1", 0, 10))
                .extracting(rs.eobuka.feedback.FreeTextAnswer::text).containsExactly("Primer 1 iz prakse");
    }

    private static rs.eobuka.feedback.FeedbackResults.QuestionResult result(rs.eobuka.feedback.FeedbackResults figures, long questionId) {
        return figures.questions().stream().filter(q -> q.question().getId() == questionId).findFirst().orElseThrow();
    }

    @Test
    void shouldUseTheQuestionnaireChosenForATrainingUntilItGoesBackToTheDefault() throws Exception {
        // Given a questionnaire of an evaluator's own, chosen for the training the test sessions teach
        rs.eobuka.feedback.Questionnaire own = questionnaires.create(rs.eobuka.feedback.QuestionnairePurpose.PARTICIPANT,
                new rs.eobuka.platform.i18n.LocalizedText("Kratki upitnik", "Кратки упитник", "Short questionnaire " + java.util.UUID.randomUUID()),
                List.of(new rs.eobuka.feedback.QuestionDraft(rs.eobuka.feedback.QuestionKind.RATING, true,
                        rs.eobuka.feedback.QuestionMeasure.SATISFACTION, new rs.eobuka.platform.i18n.LocalizedText("Ocena?", "Оцена?", "Rating?"),
                        new rs.eobuka.platform.i18n.LocalizedText("Loše", "Лоше", "Poor"),
                        new rs.eobuka.platform.i18n.LocalizedText("Odlično", "Одлично", "Excellent"), List.of())), "evaluator");
        Held first = heldSession(1);
        long training = count("select training_id from training_session where id = ?", first.session().getId());
        questionnaires.choose(rs.eobuka.feedback.QuestionnaireChoice.Kind.TRAINING, training, own.getCode());
        try {
            // When the session ends
            sessionOver(first.session());

            // Then its survey uses the chosen questionnaire, and the choice is listed
            FeedbackSurvey survey = surveys.find(SurveyTarget.session(first.session().getId()), SurveyAudience.PARTICIPANTS).orElseThrow();
            assertThat(count("select questionnaire_id from feedback_survey where id = ?", survey.getId())).isEqualTo(own.getId());
            assertThat(questionnaires.choices()).anySatisfy(c -> assertThat(c.code()).isEqualTo(own.getCode()));
        } finally {
            questionnaires.choose(rs.eobuka.feedback.QuestionnaireChoice.Kind.TRAINING, training, null);
        }

        // When it goes back to the default, the next session's survey uses the default again
        Held second = heldSession(1);
        sessionOver(second.session());
        FeedbackSurvey next = surveys.find(SurveyTarget.session(second.session().getId()), SurveyAudience.PARTICIPANTS).orElseThrow();
        assertThat(count("select questionnaire_id from feedback_survey where id = ?", next.getId())).isNotEqualTo(own.getId());
    }

    @Test
    void shouldTakePublicAnswersAtADigitalCornerUpToADevicesHourlyAllowance() throws Exception {
        // Given a caravan event's public survey (printed before the day)
        rs.eobuka.caravan.CaravanEvent event = caravan.plan(new rs.eobuka.caravan.EventPlan("70645",
                SerbianTime.now().toLocalDate().plusDays(30), "Karavan " + java.util.UUID.randomUUID(), null,
                List.of(new rs.eobuka.caravan.PartPlan(rs.eobuka.caravan.CaravanPartKind.PROMOTION, "E-usluge",
                        java.time.LocalTime.of(12, 0), java.time.LocalTime.of(13, 0), null, null, null))), ServiceFixtures.PROPOSER);
        FeedbackSurvey survey = surveys.start(SurveyTarget.caravanEvent(event.getId()), SurveyAudience.PUBLIC, null, null, "evaluator");
        assertThat(survey.getPublicCode()).matches("[0-9A-HJKMNP-TV-Z]{12}");
        FeedbackForm form = answers.publicForm(survey.getPublicCode().toLowerCase(), Language.EN);
        assertThat(form.publicSurvey()).isTrue();
        List<AnswerInput> inputs = complete(form);

        // When one phone answers three times, then a fourth, and another phone on the same network once
        for (int i = 0; i < 3; i++) {
            answers.submitPublic(survey.getPublicCode(), inputs, Language.EN, "phone-a", "10.0.0.7");
        }
        assertThatThrownBy(() -> answers.submitPublic(survey.getPublicCode(), inputs, Language.EN, "phone-a", "10.0.0.7"))
                .hasMessage("feedback.public.limit");
        answers.submitPublic(survey.getPublicCode(), inputs, Language.EN, "phone-b", "10.0.0.7");

        // Then four answers are stored, each flagged public and with no respondent; no invitation exists
        assertThat(count("select count(*) from feedback_response where survey_id = ? and public_answer = true"
                + " and respondent_account_id is null", survey.getId())).isEqualTo(4);
        assertThat(surveys.statistics(survey.getId()).invitations()).isZero();
        // and no device or address is stored in clear
        assertThat(count("select count(*) from feedback_public_quota where survey_id = ? and client_hash not like '%phone%'"
                + " and client_hash not like '%10.0.0.7%'", survey.getId())).isEqualTo(3);
    }

    @Test
    void shouldShowOnTheMapAndInAReportExactlyWhatWasHeldAttendedAndRatedInAnLsgu() throws Exception {
        // Given an in-scope LSGU where nothing has happened yet
        String quiet = map.figures(MapQuery.of(MapMeasure.SESSIONS_HELD)).stream()
                .filter(f -> f.value() == 0)
                .map(MapFigure::code)
                .filter(code -> map.figuresOf(code, MapQuery.of(MapMeasure.SESSIONS_HELD)).values().stream()
                        .allMatch(v -> v == null || v == 0))
                .findFirst().orElseThrow();
        // and a session held there, with two officials of that LSGU marked present
        Held held = heldSession(2);
        try (Connection connection = database.getConnection();
             PreparedStatement session = connection.prepareStatement("update training_session set lsgu_code = ? where id = ?");
             PreparedStatement people = connection.prepareStatement("update registration set lsgu_code = ? where session_id = ?")) {
            session.setString(1, quiet);
            session.setLong(2, held.session().getId());
            session.executeUpdate();
            people.setString(1, quiet);
            people.setLong(2, held.session().getId());
            people.executeUpdate();
        }
        // who rate their satisfaction 5 and 2
        sessionOver(held.session());
        int[] ratings = {5, 2};
        for (int i = 0; i < 2; i++) {
            String token = token(held.participants().get(i), INVITATION);
            int rating = ratings[i];
            List<AnswerInput> inputs = complete(answers.form(token, Language.SR_LATN)).stream()
                    .map(a -> isSatisfaction(a.questionId()) ? new AnswerInput(a.questionId(), rating, null, null) : a).toList();
            answers.submit(token, inputs, Language.SR_LATN);
        }

        // Then the LSGU's figures are exactly those
        Map<MapMeasure, Double> figures = map.figuresOf(quiet, MapQuery.of(MapMeasure.SESSIONS_HELD));
        assertThat(figures).containsEntry(MapMeasure.OFFICIALS_TRAINED, 2.0).containsEntry(MapMeasure.SESSIONS_HELD, 1.0)
                .containsEntry(MapMeasure.CARAVAN_STOPS, 0.0).containsEntry(MapMeasure.CITIZENS_HELPED, 0.0)
                .containsEntry(MapMeasure.SATISFACTION, 3.5);
        assertThat(map.figures(MapQuery.of(MapMeasure.SATISFACTION))).filteredOn(f -> f.code().equals(quiet))
                .extracting(MapFigure::value).containsExactly(3.5);
        // and a topic the training does not teach, or a period that ended before the session, leaves them out
        rs.eobuka.session.Topic other = otherTopic(held.session());
        assertThat(map.figuresOf(quiet, new MapQuery(MapMeasure.OFFICIALS_TRAINED, null, other, null, null)))
                .containsEntry(MapMeasure.OFFICIALS_TRAINED, 0.0).containsEntry(MapMeasure.SESSIONS_HELD, 0.0)
                .containsEntry(MapMeasure.SATISFACTION, null);
        // (the session started two hours ago: the day before that, whatever the hour now)
        java.time.LocalDate dayBefore = SerbianTime.now().minusHours(3).toLocalDate().minusDays(1);
        assertThat(map.figuresOf(quiet, new MapQuery(MapMeasure.OFFICIALS_TRAINED, null, null, null, dayBefore)))
                .containsEntry(MapMeasure.OFFICIALS_TRAINED, 0.0).containsEntry(MapMeasure.SESSIONS_HELD, 0.0);

        // and an impact report of that LSGU counts the same, against an empty period before
        long programme = count("select t.programme_id from training t join training_session s on s.training_id = t.id where s.id = ?",
                held.session().getId());
        java.time.LocalDate today = SerbianTime.now().toLocalDate();
        rs.eobuka.impact.ImpactFigures report = impactFigures.draft(new rs.eobuka.impact.ImpactScope(programme, today.minusDays(30), today,
                null, quiet));
        assertThat(report.sessionsHeld()).isEqualTo(1);
        assertThat(report.participantsTrained()).isEqualTo(2);
        assertThat(report.attendanceRate()).isEqualTo(1.0);
        assertThat(report.lsgusReached()).isEqualTo(1);
        assertThat(report.lsgusInScope()).isEqualTo(1);
        assertThat(report.invitations()).isEqualTo(2);
        assertThat(report.answers()).isEqualTo(2);
        assertThat(report.responseRate()).isEqualTo(1.0);
        assertThat(report.satisfactionMean()).isEqualTo(3.5);
        assertThat(report.byOrganisationType()).containsEntry("LSGU", 2L);
        assertThat(report.previous().sessionsHeld()).isZero();
        assertThat(report.previous().participantsTrained()).isZero();

        // and over the whole map, caravan stops and citizens helped add up to the test's own counts
        assertThat(total(MapMeasure.CARAVAN_STOPS)).isEqualTo(count("select count(*) from caravan_event e join lsgu l on l.code = e.lsgu_code"
                + " where l.in_scope = true and e.status = 'HELD' and e.id > ?", 0));
        assertThat(total(MapMeasure.CITIZENS_HELPED)).isEqualTo(count("select count(*) from corner_tap t join caravan_event e on e.id = t.event_id"
                + " join lsgu l on l.code = e.lsgu_code where l.in_scope = true and e.status <> 'CANCELLED' and t.undone_at is null"
                + " and t.id > ?", 0));
        assertThat(map.figures(MapQuery.of(MapMeasure.OFFICIALS_TRAINED))).hasSize(175);
    }

    private long total(MapMeasure measure) {
        return Math.round(map.figures(MapQuery.of(measure)).stream().mapToDouble(MapFigure::value).sum());
    }

    private boolean isSatisfaction(long questionId) {
        try {
            return count("select count(*) from question where measure = 'SATISFACTION' and id = ?", questionId) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private rs.eobuka.session.Topic otherTopic(TrainingSession session) throws SQLException {
        Set<String> taught = new HashSet<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select t.topic from training_topic t join training_session s"
                     + " on s.training_id = t.training_id where s.id = ?")) {
            query.setLong(1, session.getId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    taught.add(rows.getString(1));
                }
            }
        }
        return java.util.Arrays.stream(rs.eobuka.session.Topic.values()).filter(t -> !taught.contains(t.name())).findFirst().orElseThrow();
    }

    /** Answers every question: the middle of a scale, the first option, a short text. */
    private static List<AnswerInput> complete(FeedbackForm form) {
        List<AnswerInput> inputs = new ArrayList<>();
        for (Question question : form.questionnaire().getQuestions()) {
            inputs.add(switch (question.getKind()) {
                case RATING -> new AnswerInput(question.getId(), 4, null, null);
                case RECOMMEND -> new AnswerInput(question.getId(), 9, null, null);
                case SINGLE, MULTIPLE -> new AnswerInput(question.getId(), null, List.of(question.getOptions().get(0).getId()), null);
                case TEXT -> new AnswerInput(question.getId(), null, null, "Više primera iz prakse");
            });
        }
        return inputs;
    }

    private record Held(TrainingSession session, List<Account> participants, List<Registration> registrations) {
    }

    private Held heldSession(int participants) throws Exception {
        return heldSession(participants, true);
    }

    /** A published session with confirmed participants, moved into the past; all marked present if asked. */
    private Held heldSession(int participants, boolean markPresent) throws Exception {
        TrainingSession session = fixtures.publishedSession(5, SerbianTime.now().plusMinutes(5).withSecond(0).withNano(0));
        List<Account> accounts = new ArrayList<>();
        List<Registration> registered = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            Account account = fixtures.participant();
            Registration registration = registrations.register(session.getId(), account.getUsername(), true);
            fixtures.approve(registration.getProcessInstanceId());
            // the reminder's date has passed, so the job executor fires it at once; let it finish before attendance
            String instance = registration.getProcessInstanceId();
            assertThat(ServiceFixtures.await(Duration.ofSeconds(90), () -> management.createJobQuery()
                    .processInstanceId(instance).activityId("Timer_SessionReminder").count() == 0)).as("reminder fired").isTrue();
            accounts.add(account);
            registered.add(registration);
        }
        LocalDateTime now = SerbianTime.now().withNano(0);
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement("update training_session set starts_at = ?, ends_at = ? where id = ?")) {
            update.setObject(1, now.minusHours(2));
            update.setObject(2, now.minusMinutes(1));
            update.setLong(3, session.getId());
            update.executeUpdate();
        }
        if (markPresent) {
            attendance.record(session.getId(), registered.stream().map(Registration::getId).toList(), true, ServiceFixtures.PROPOSER);
        }
        return new Held(session, accounts, registered);
    }

    /** Fires the session process's end timer, which starts the feedback survey. */
    private void sessionOver(TrainingSession session) {
        Job over = management.createJobQuery().processInstanceId(session.getProcessInstanceId()).activityId("Timer_SessionOver").singleResult();
        assertThat(over).as("session end timer").isNotNull();
        management.executeJob(over.getId());
    }

    private Job job(FeedbackSurvey survey, String activityId) {
        Job job = management.createJobQuery().processInstanceId(survey.getProcessInstanceId()).activityId(activityId).singleResult();
        assertThat(job).as(activityId).isNotNull();
        return job;
    }

    /** The token of the newest mail of this kind to the person. */
    private String token(Account account, String subject) {
        List<OutboxMessage> mail = fixtures.mailTo(account.getEmail(), subject);
        assertThat(mail).as(subject + " to " + account.getEmail()).isNotEmpty();
        Matcher link = LINK.matcher(mail.get(0).getBody());
        assertThat(link.find()).as("link in " + mail.get(0).getBody()).isTrue();
        return link.group(1);
    }

    private long count(String sql, long id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private Set<String> columns(String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (Connection connection = database.getConnection();
             ResultSet rows = connection.getMetaData().getColumns(null, null, table(connection, table), null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        assertThat(columns).as("columns of " + table).isNotEmpty();
        return columns;
    }

    private int columnType(String table, String column) throws SQLException {
        try (Connection connection = database.getConnection();
             ResultSet rows = connection.getMetaData().getColumns(null, null, table(connection, table), null)) {
            while (rows.next()) {
                if (rows.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    return rows.getInt("DATA_TYPE");
                }
            }
        }
        throw new AssertionError(column + " not in " + table);
    }

    /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static String table(Connection connection, String table) throws SQLException {
        return connection.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(java.util.Locale.ROOT) : table;
    }
}
