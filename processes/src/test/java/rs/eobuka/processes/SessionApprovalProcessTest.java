package rs.eobuka.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = "bpmn/session-approval.bpmn")
class SessionApprovalProcessTest {

    private static final String PROCESS_KEY = "session-approval";
    private static final String SESSION_ID = "sessionId";
    private static final String PROPOSER = "proposer";
    private static final String REVIEW_DUE_DATE = "reviewDueDate";
    private static final String SESSION_END = "sessionEnd";
    private static final String APPROVED = "approved";
    private static final String SESSION_CANCELLED_MESSAGE = "SessionCancelled";

    private static final long SESSION = 12L;
    private static final String PROPOSING_ORGANIZER = "jovana.organizer";
    private static final Date DUE_DATE = Date.from(Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    private static final Date END_OF_SESSION = Date.from(Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

    ProcessEngine processEngine;

    private final JavaDelegate publishSession = mock(JavaDelegate.class);
    private final JavaDelegate returnSession = mock(JavaDelegate.class);
    private final JavaDelegate cancelSessionRegistrations = mock(JavaDelegate.class);
    private final JavaDelegate startSessionFeedback = mock(JavaDelegate.class);

    @BeforeEach
    void registerDelegates() {
        init(processEngine);
        Mocks.register("publishSessionDelegate", publishSession);
        Mocks.register("returnSessionDelegate", returnSession);
        Mocks.register("cancelSessionRegistrationsDelegate", cancelSessionRegistrations);
        Mocks.register("startSessionFeedbackDelegate", startSessionFeedback);
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
    }

    @Test
    void shouldOfferReviewToOrganizersWithDueDateAndForm() {
        // Given an organizer who proposes a session
        // When the approval process starts
        ProcessInstance session = startProposal();

        // Then the organizers see an open review with the due date and the review form
        assertThat(session).isWaitingAt("Task_ReviewSession");
        assertThat(session).task()
                .hasDefinitionKey("Task_ReviewSession")
                .hasCandidateGroup("organizer")
                .isNotAssigned()
                .hasDueDate(DUE_DATE)
                .hasFormKey("session-review");
        verifyNoInteractions(publishSession, returnSession, cancelSessionRegistrations);
    }

    @Test
    void shouldPublishApprovedSessionAndAwaitItsOutcome() throws Exception {
        // Given a proposed session waiting for review
        ProcessInstance session = startProposal();
        assertThat(session).isWaitingAt("Task_ReviewSession");

        // When another organizer approves it
        complete(task(session), withVariables(APPROVED, true));

        // Then the session is published and waits to be held or cancelled
        assertThat(session).hasPassedInOrder(
                "StartEvent_SessionProposed", "Task_ReviewSession", "Gateway_SessionApproved",
                "Task_PublishSession");
        assertThat(session).hasNotPassed("Task_ReturnSession", "Task_ReviseSession");
        assertThat(session).isWaitingAt("Gateway_SessionOutcome");
        assertThat(session).job("Timer_SessionOver").hasDueDate(END_OF_SESSION);
        Assertions.assertThat(runtimeService().createEventSubscriptionQuery()
                .processInstanceId(session.getId())
                .eventName(SESSION_CANCELLED_MESSAGE)
                .activityId("Event_SessionCancelled")
                .count()).isEqualTo(1);
        verify(publishSession).execute(any(DelegateExecution.class));
        verifyNoInteractions(returnSession, cancelSessionRegistrations);
    }

    @Test
    void shouldReturnSessionToProposerForRevisionAndReviewItAgain() throws Exception {
        // Given a proposed session waiting for review
        ProcessInstance session = startProposal();
        assertThat(session).isWaitingAt("Task_ReviewSession");

        // When the reviewer returns it
        complete(task(session), withVariables(APPROVED, false));

        // Then it goes back to the proposer to revise, and is not published
        assertThat(session).hasPassedInOrder("Task_ReviewSession", "Gateway_SessionApproved", "Task_ReturnSession");
        assertThat(session).isWaitingAt("Task_ReviseSession");
        assertThat(session).task()
                .hasDefinitionKey("Task_ReviseSession")
                .isAssignedTo(PROPOSING_ORGANIZER)
                .hasFormKey("session-revision");
        verify(returnSession).execute(any(DelegateExecution.class));
        verifyNoInteractions(publishSession);

        // When the proposer has revised it
        complete(task(session));

        // Then the organizers review it again
        assertThat(session).isWaitingAt("Task_ReviewSession");
        assertThat(session).task()
                .hasCandidateGroup("organizer")
                .isNotAssigned()
                .hasDueDate(DUE_DATE)
                .hasFormKey("session-review");

        // When the reviewer approves the revised session
        complete(task(session), withVariables(APPROVED, true));

        // Then it is published after one return and one revision
        assertThat(session).hasPassedInOrder(
                "StartEvent_SessionProposed", "Task_ReviewSession", "Gateway_SessionApproved",
                "Task_ReturnSession", "Task_ReviseSession", "Task_ReviewSession", "Gateway_SessionApproved",
                "Task_PublishSession");
        assertThat(session).isWaitingAt("Gateway_SessionOutcome");
        verify(returnSession, times(1)).execute(any(DelegateExecution.class));
        verify(publishSession, times(1)).execute(any(DelegateExecution.class));
        verifyNoInteractions(cancelSessionRegistrations);
    }

    @Test
    void shouldCancelRegistrationsWhenPublishedSessionIsCancelled() throws Exception {
        // Given a published session
        ProcessInstance session = startProposal();
        complete(task(session), withVariables(APPROVED, true));
        assertThat(session).isWaitingAt("Gateway_SessionOutcome");

        // When an organizer cancels it
        runtimeService().createMessageCorrelation(SESSION_CANCELLED_MESSAGE)
                .processInstanceBusinessKey(String.valueOf(SESSION))
                .correlate();

        // Then its registrations are cancelled and the session ends as cancelled, not as held
        assertThat(session).hasPassedInOrder(
                "Task_PublishSession", "Gateway_SessionOutcome", "Event_SessionCancelled",
                "Task_CancelRegistrations", "EndEvent_SessionCancelled");
        assertThat(session).hasNotPassed("Timer_SessionOver", "Task_StartFeedback", "EndEvent_SessionHeld");
        verifyNoInteractions(startSessionFeedback);
        assertThat(session).isEnded();
        verify(cancelSessionRegistrations).execute(any(DelegateExecution.class));
        verifyNoInteractions(returnSession);
    }

    @Test
    void shouldCloseSessionAsHeldWhenItEnds() throws Exception {
        // Given a published session
        ProcessInstance session = startProposal();
        complete(task(session), withVariables(APPROVED, true));
        assertThat(session).isWaitingAt("Gateway_SessionOutcome");
        assertThat(session).job("Timer_SessionOver").hasDueDate(END_OF_SESSION);

        // When the end of the session is reached
        execute(job("Timer_SessionOver"));

        // Then participants are asked for feedback, the session ends as held and no registration is cancelled
        assertThat(session).hasPassedInOrder(
                "Task_PublishSession", "Gateway_SessionOutcome", "Timer_SessionOver", "Task_StartFeedback", "EndEvent_SessionHeld");
        verify(startSessionFeedback).execute(any(DelegateExecution.class));
        assertThat(session).hasNotPassed("Event_SessionCancelled", "Task_CancelRegistrations");
        assertThat(session).isEnded();
        verify(publishSession).execute(any(DelegateExecution.class));
        verifyNoInteractions(cancelSessionRegistrations, returnSession);
    }

    private ProcessInstance startProposal() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(SESSION),
                Variables.createVariables()
                        .putValue(SESSION_ID, SESSION)
                        .putValue(PROPOSER, PROPOSING_ORGANIZER)
                        .putValue(REVIEW_DUE_DATE, DUE_DATE)
                        .putValue(SESSION_END, END_OF_SESSION));
    }
}
