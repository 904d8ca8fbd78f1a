package rs.eobuka.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two paths of a survey, delegates mocked: invited one by one (invitations, two reminders on
 * their days, closing at the deadline) and by a public link (no invitations, no reminders). Timers
 * fire when the test clock passes their date: the clock is moved, and only the jobs then due run.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = "bpmn/feedback-collection.bpmn")
class FeedbackCollectionProcessTest {

    private static final String PROCESS_KEY = "feedback-collection";
    private static final long SURVEY = 77L;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant FIRST_REMINDER = NOW.plus(Duration.ofDays(3));
    private static final Instant SECOND_REMINDER = NOW.plus(Duration.ofDays(7));
    private static final Instant DEADLINE = NOW.plus(Duration.ofDays(14));

    ProcessEngine processEngine;

    private final JavaDelegate invitations = mock(JavaDelegate.class);
    private final JavaDelegate reminders = mock(JavaDelegate.class);
    private final JavaDelegate close = mock(JavaDelegate.class);

    @BeforeEach
    void registerDelegates() {
        init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        Mocks.register("sendInvitationsDelegate", invitations);
        Mocks.register("sendRemindersDelegate", reminders);
        Mocks.register("closeSurveyDelegate", close);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void shouldInviteRemindTwiceOnTheirDaysThenClose() throws Exception {
        // Given a survey of a session's participants
        ProcessInstance survey = start(true);

        // Then the invitations go out at once, and the first reminder waits for its day
        assertThat(survey).hasPassed("Task_SendInvitations").isWaitingAt("Timer_FirstReminder");
        assertThat(survey).job("Timer_FirstReminder").hasDueDate(Date.from(FIRST_REMINDER));
        verify(invitations).execute(any());
        verifyNoInteractions(reminders);

        // When the first reminder day comes
        fireTimersDueBy(FIRST_REMINDER);

        // Then one reminder, and the second waits for its day
        assertThat(survey).isWaitingAt("Timer_SecondReminder");
        assertThat(survey).job("Timer_SecondReminder").hasDueDate(Date.from(SECOND_REMINDER));
        verify(reminders, times(1)).execute(any());

        // When the second reminder day comes, and then the deadline
        fireTimersDueBy(SECOND_REMINDER);
        assertThat(survey).isWaitingAt("Timer_Deadline");
        assertThat(survey).job("Timer_Deadline").hasDueDate(Date.from(DEADLINE));
        verify(reminders, times(2)).execute(any());
        verifyNoInteractions(close);
        fireTimersDueBy(DEADLINE);

        // Then the survey is closed and the process ends
        assertThat(survey).hasPassedInOrder("Task_SendInvitations", "Timer_FirstReminder", "Task_FirstReminder",
                "Timer_SecondReminder", "Task_SecondReminder", "Timer_Deadline", "Task_CloseSurvey", "EndEvent_SurveyClosed").isEnded();
        verify(close).execute(any());
    }

    @Test
    void shouldNotRemindBeforeTheReminderDay() throws Exception {
        // Given a survey whose invitations went out
        ProcessInstance survey = start(true);

        // When two days pass
        fireTimersDueBy(NOW.plus(Duration.ofDays(2)));

        // Then nobody has been reminded yet
        assertThat(survey).isWaitingAt("Timer_FirstReminder");
        verifyNoInteractions(reminders, close);
    }

    @Test
    void shouldOnlyCloseAPublicLinkSurveyAtItsDeadline() throws Exception {
        // Given a Digital Corner's public survey
        ProcessInstance survey = start(false);

        // Then nobody is invited and it waits for the deadline
        assertThat(survey).isWaitingAt("Timer_Deadline");
        verifyNoInteractions(invitations, reminders);

        // When the deadline passes
        fireTimersDueBy(DEADLINE);

        // Then it closes without a reminder ever sent
        assertThat(survey).hasPassed("Task_CloseSurvey", "EndEvent_SurveyClosed")
                .hasNotPassed("Task_SendInvitations", "Task_FirstReminder", "Task_SecondReminder").isEnded();
        verify(close).execute(any());
        verifyNoInteractions(reminders);
    }

    private ProcessInstance start(boolean byInvitation) {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(SURVEY), Variables.createVariables()
                .putValue("surveyId", SURVEY)
                .putValue("byInvitation", byInvitation)
                .putValue("firstReminderAt", Date.from(FIRST_REMINDER))
                .putValue("secondReminderAt", Date.from(SECOND_REMINDER))
                .putValue("deadline", Date.from(DEADLINE)));
    }

    private void fireTimersDueBy(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        Job due;
        while ((due = managementService().createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1)
                .stream().findFirst().orElse(null)) != null) {
            managementService().executeJob(due.getId());
        }
    }
}
