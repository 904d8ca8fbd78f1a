package rs.eobuka.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
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
 * One test per path of a workshop request, delegates mocked. Timers fire when the test clock
 * passes their date: the clock is moved, and only the jobs then due are executed.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = "bpmn/workshop-scheduling.bpmn")
class WorkshopSchedulingProcessTest {

    private static final String PROCESS_KEY = "workshop-scheduling";
    private static final String REQUESTER = "official";
    private static final long REQUEST = 41L;

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant TRIAGE_DUE = NOW.plus(Duration.ofDays(3));
    private static final Instant ANSWER_REMINDER = NOW.plus(Duration.ofDays(4));
    private static final Instant ANSWER_DUE = NOW.plus(Duration.ofDays(5));
    private static final Instant CHECKLIST_DUE = NOW.plus(Duration.ofDays(12));
    private static final Instant EVENT_END = NOW.plus(Duration.ofDays(14));

    ProcessEngine processEngine;

    private final Map<String, JavaDelegate> delegates = new HashMap<>();
    private ProcessInstance current;

    @BeforeEach
    void registerDelegates() {
        init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        for (String name : new String[] {"escalateTriageDelegate", "notifyDeclinedDelegate", "notifyAcceptedDelegate",
                "notifyProposedDelegate", "remindRequesterDelegate", "markNoAnswerDelegate", "confirmWorkshopDelegate",
                "flagChecklistDelegate", "markHeldDelegate", "startWorkshopFeedbackDelegate", "withdrawWorkshopDelegate"}) {
            JavaDelegate delegate = mock(JavaDelegate.class);
            delegates.put(name, delegate);
            Mocks.register(name, delegate);
        }
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void shouldRunAcceptedRequestToHeldWorkshop() throws Exception {
        // Given a submitted request
        ProcessInstance request = submit();
        assertThat(request).isWaitingAt("Task_Triage");
        assertThat(task(current)).hasCandidateGroup("organizer").hasDueDate(Date.from(TRIAGE_DUE));

        // When an organizer accepts, proposes, the requester accepts, the checklist is done and the day is over
        complete(task(current), withVariables("accepted", true));
        assertThat(request).isWaitingAt("Task_ProposeSlot");
        propose();
        assertThat(request).isWaitingAt("Task_RequesterAnswer");
        assertThat(task(current)).isAssignedTo(REQUESTER).hasDueDate(Date.from(ANSWER_DUE));
        answer(true);
        assertThat(request).isWaitingAt("Task_LogisticsChecklist");
        assertThat(task(current)).hasCandidateGroup("organizer");
        complete(task(current));
        assertThat(request).isWaitingAt("Event_EventDay");
        fireTimersDueBy(EVENT_END);
        assertThat(request).isWaitingAt("Task_EventReport");
        complete(task(current));

        // Then the workshop is published, held, and its requester and participants are asked for feedback
        assertThat(request).hasPassedInOrder("Task_NotifyAccepted", "Task_ProposeSlot", "Task_NotifyProposed",
                "Task_RequesterAnswer", "Task_ConfirmWorkshop", "Task_LogisticsChecklist", "Event_EventDay",
                "Task_EventReport", "Task_MarkHeld", "Task_AskFeedback", "EndEvent_WorkshopHeld").isEnded();
        assertThat(request).hasNotPassed("Task_FlagChecklist", "Task_RemindRequester", "Task_MarkNoAnswer");
        verify(delegates.get("confirmWorkshopDelegate")).execute(any());
        verify(delegates.get("markHeldDelegate")).execute(any());
        verify(delegates.get("startWorkshopFeedbackDelegate")).execute(any());
    }

    @Test
    void shouldEndDeclinedRequestAfterTellingTheRequester() throws Exception {
        // Given a submitted request
        ProcessInstance request = submit();

        // When the organizer declines it
        complete(task(current), withVariables("accepted", false));

        // Then the requester is told and the request ends before any proposal
        assertThat(request).hasPassed("Task_NotifyDeclined").isEnded().hasPassed("EndEvent_RequestDeclined");
        assertThat(request).hasNotPassed("Task_ProposeSlot");
        verify(delegates.get("notifyDeclinedDelegate")).execute(any());
    }

    @Test
    void shouldContinueAttachedRequestAsAccepted() {
        // Given a submitted request
        ProcessInstance request = submit();

        // When the organizer attaches it to a caravan event (the service records the event; the process goes on as accepted)
        complete(task(current), withVariables("accepted", true));

        // Then a slot is proposed next
        assertThat(request).hasPassed("Task_NotifyAccepted").isWaitingAt("Task_ProposeSlot");
    }

    @Test
    void shouldEscalateOverdueTriageAndKeepTheTaskOpen() throws Exception {
        // Given a submitted request nobody triaged
        ProcessInstance request = submit();

        // When the clock passes the triage due date
        fireTimersDueBy(TRIAGE_DUE.plusSeconds(60));

        // Then all organizers are told and the triage waits still
        verify(delegates.get("escalateTriageDelegate")).execute(any());
        assertThat(request).hasPassed("EndEvent_TriageEscalated").isWaitingAt("Task_Triage");
    }

    @Test
    void shouldReturnCounterProposalToTheOrganizer() {
        // Given a proposal waiting for the requester
        ProcessInstance request = submit();
        complete(task(current), withVariables("accepted", true));
        propose();

        // When the requester counter-proposes
        answer(false);

        // Then the organizer proposes again, and a second proposal goes back to the requester
        assertThat(request).isWaitingAt("Task_ProposeSlot");
        propose();
        assertThat(request).isWaitingAt("Task_RequesterAnswer");
        assertThat(request).hasNotPassed("Task_ConfirmWorkshop");
    }

    @Test
    void shouldRemindRequesterOnceAndKeepTheAnswerOpen() throws Exception {
        // Given a proposal waiting for the requester
        ProcessInstance request = submit();
        complete(task(current), withVariables("accepted", true));
        propose();

        // When the reminder date passes, but not the due date
        fireTimersDueBy(ANSWER_REMINDER.plusSeconds(60));

        // Then the requester is reminded once and may still answer
        verify(delegates.get("remindRequesterDelegate"), times(1)).execute(any());
        verify(delegates.get("markNoAnswerDelegate"), never()).execute(any());
        assertThat(request).isWaitingAt("Task_RequesterAnswer");
    }

    @Test
    void shouldReturnUnansweredProposalToTheOrganizerFlagged() throws Exception {
        // Given a proposal waiting for the requester
        ProcessInstance request = submit();
        complete(task(current), withVariables("accepted", true));
        propose();

        // When the due date passes with no answer
        fireTimersDueBy(ANSWER_DUE.plusSeconds(60));

        // Then the request is flagged and the organizer proposes again
        verify(delegates.get("markNoAnswerDelegate")).execute(any());
        assertThat(request).hasPassed("Task_MarkNoAnswer").isWaitingAt("Task_ProposeSlot");
        assertThat(request).hasNotPassed("Task_ConfirmWorkshop");
    }

    @Test
    void shouldFlagChecklistStillOpenTwoDaysBeforeTheEvent() throws Exception {
        // Given a confirmed workshop whose checklist is not done
        ProcessInstance request = submit();
        complete(task(current), withVariables("accepted", true));
        propose();
        answer(true);

        // When the clock reaches two days before the event
        fireTimersDueBy(CHECKLIST_DUE.plusSeconds(60));

        // Then the checklist is flagged and stays open
        verify(delegates.get("flagChecklistDelegate")).execute(any());
        assertThat(request).hasPassed("EndEvent_ChecklistFlagged").isWaitingAt("Task_LogisticsChecklist");
    }

    @Test
    void shouldReleaseAndNotifyWhenRequesterWithdrawsWhileAnswering() throws Exception {
        // Given a proposal waiting for the requester
        ProcessInstance request = submit();
        complete(task(current), withVariables("accepted", true));
        propose();

        // When the requester withdraws
        withdraw();

        // Then bookings are released, everyone is told, and nothing is left open
        verify(delegates.get("withdrawWorkshopDelegate")).execute(any());
        assertThat(request).hasPassed("EndEvent_WorkshopWithdrawn").isEnded();
        assertThat(request).hasNotPassed("Task_ConfirmWorkshop");
    }

    @Test
    void shouldEndConfirmedWorkshopWhenOrganizerWithdrawsIt() throws Exception {
        // Given a confirmed workshop at its logistics checklist
        ProcessInstance request = submit();
        complete(task(current), withVariables("accepted", true));
        propose();
        answer(true);
        assertThat(request).isWaitingAt("Task_LogisticsChecklist");

        // When the organizer withdraws it
        withdraw();

        // Then it ends withdrawn, never held, and its timers are gone
        verify(delegates.get("withdrawWorkshopDelegate")).execute(any());
        assertThat(request).isEnded().hasNotPassed("Task_MarkHeld");
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().processInstanceId(request.getId()).count())
                .isZero();
    }

    private ProcessInstance submit() {
        current = runtimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(REQUEST), Variables.createVariables()
                .putValue("requestId", REQUEST)
                .putValue("requester", REQUESTER)
                .putValue("triageDueDate", Date.from(TRIAGE_DUE)));
        return current;
    }

    private void propose() {
        complete(task(current), withVariables("answerDueDate", Date.from(ANSWER_DUE), "answerReminderDate", Date.from(ANSWER_REMINDER)));
    }

    private void answer(boolean accepted) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("answerAccepted", accepted);
        if (accepted) {
            variables.put("checklistDueDate", Date.from(CHECKLIST_DUE));
            variables.put("eventEnd", Date.from(EVENT_END));
        }
        complete(task(current), variables);
    }

    private void withdraw() {
        runtimeService().createMessageCorrelation("WorkshopWithdrawn").processInstanceBusinessKey(String.valueOf(REQUEST)).correlate();
    }

    /** Moves the test clock and executes the jobs due by then, as the job executor would. */
    private void fireTimersDueBy(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
        // one at a time, earliest first: an interrupting timer removes the jobs of the task it leaves
        Job due;
        while ((due = managementService().createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1)
                .stream().findFirst().orElse(null)) != null) {
            managementService().executeJob(due.getId());
        }
    }
}
