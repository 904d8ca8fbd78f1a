package rs.eobuka.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One test per path of the registration. The eligibility decision runs for real; only the delegates are mocked.
 */
@ExtendWith(ProcessEngineCoverageExtension.class)
@Deployment(resources = {"bpmn/training-registration.bpmn", "dmn/registration-eligibility.dmn"})
class TrainingRegistrationProcessTest {

    private static final String PROCESS_KEY = "training-registration";

    private static final String REGISTRATION_ID = "registrationId";
    private static final String APPROVAL_DUE_DATE = "approvalDueDate";
    private static final String REMINDER_DATE = "reminderDate";
    private static final String SEAT_RESERVED = "seatReserved";
    private static final String APPROVED = "approved";
    private static final String ATTENDED = "attended";
    private static final String REFUSAL_REASON = "refusalReason";

    private static final String REGISTRATION_PROMOTED_MESSAGE = "RegistrationPromoted";
    private static final String ATTENDANCE_RECORDED_MESSAGE = "AttendanceRecorded";
    private static final String REGISTRATION_CANCELLED_MESSAGE = "RegistrationCancelled";

    private static final long REGISTRATION = 31L;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Date APPROVAL_DUE = Date.from(NOW.plus(2, ChronoUnit.DAYS));
    private static final Date APPROVAL_DUE_AFTER_PROMOTION = Date.from(NOW.plus(5, ChronoUnit.DAYS));
    private static final Date REMINDER = Date.from(NOW.plus(12, ChronoUnit.DAYS));
    private static final Date REGISTRATION_DEADLINE = Date.from(NOW.plus(7, ChronoUnit.DAYS));

    ProcessEngine processEngine;

    private final JavaDelegate reserveSeat = mock(JavaDelegate.class);
    private final JavaDelegate notifyRegistrationReceived = mock(JavaDelegate.class);
    private final JavaDelegate notifyWaitlisted = mock(JavaDelegate.class);
    private final JavaDelegate notifyPromoted = mock(JavaDelegate.class);
    private final JavaDelegate escalateApproval = mock(JavaDelegate.class);
    private final JavaDelegate confirmRegistration = mock(JavaDelegate.class);
    private final JavaDelegate rejectRegistration = mock(JavaDelegate.class);
    private final JavaDelegate sendReminder = mock(JavaDelegate.class);
    private final JavaDelegate issueCertificate = mock(JavaDelegate.class);
    private final JavaDelegate notifyCancellation = mock(JavaDelegate.class);

    @BeforeEach
    void registerDelegates() {
        init(processEngine);
        Mocks.register("reserveSeatDelegate", reserveSeat);
        Mocks.register("notifyRegistrationReceivedDelegate", notifyRegistrationReceived);
        Mocks.register("notifyWaitlistedDelegate", notifyWaitlisted);
        Mocks.register("notifyPromotedDelegate", notifyPromoted);
        Mocks.register("escalateApprovalDelegate", escalateApproval);
        Mocks.register("confirmRegistrationDelegate", confirmRegistration);
        Mocks.register("rejectRegistrationDelegate", rejectRegistration);
        Mocks.register("sendReminderDelegate", sendReminder);
        Mocks.register("issueCertificateDelegate", issueCertificate);
        Mocks.register("notifyCancellationDelegate", notifyCancellation);
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
    }

    // Eligibility

    @Test
    void shouldRefuseRegistrationWhoseAudienceIsNotAllowed() {
        // Given an LSGU official registering for a session open to citizens only
        VariableMap facts = eligibleFacts()
                .putValue("audienceType", "LSGU")
                .putValue("allowedAudienceTypes", new ArrayList<>(List.of("PUBLIC_INSTITUTION")));

        // When the registration is received
        ProcessInstance registration = startRegistration(facts);

        // Then it is refused for the audience before any seat is reserved
        assertRefused(registration, "AUDIENCE_NOT_ALLOWED");
    }

    @Test
    void shouldRefuseRegistrationAfterTheDeadline() {
        // Given a registration made a minute after the registration deadline
        VariableMap facts = eligibleFacts()
                .putValue("registeredAt", Date.from(REGISTRATION_DEADLINE.toInstant().plus(1, ChronoUnit.MINUTES)));

        // When the registration is received
        ProcessInstance registration = startRegistration(facts);

        // Then it is refused as late before any seat is reserved
        assertRefused(registration, "DEADLINE_PASSED");
    }

    @Test
    void shouldRefuseRegistrationWhenLsguQuotaIsReached() {
        // Given a registration from an LSGU that has filled its quota of 3
        VariableMap facts = eligibleFacts()
                .putValue("lsguQuota", Integer.valueOf(3))
                .putValue("lsguRegistrations", Integer.valueOf(3));

        // When the registration is received
        ProcessInstance registration = startRegistration(facts);

        // Then it is refused for the quota before any seat is reserved
        assertRefused(registration, "LSGU_QUOTA_REACHED");
    }

    // Seat and approval

    @Test
    void shouldReserveSeatAndOfferApprovalToOrganizers() throws Exception {
        // Given an eligible registration for a session with a free seat
        seatsAvailable(true);

        // When the registration is received
        ProcessInstance registration = startRegistration(eligibleFacts());

        // Then a seat is reserved, receipt is confirmed and the organizers see the approval
        assertThat(registration).hasPassedInOrder(
                "StartEvent_RegistrationReceived", "Task_CheckEligibility", "Gateway_Eligible",
                "Task_ReserveSeat", "Gateway_SeatAvailable", "Task_NotifyReceived", "Gateway_AwaitApproval");
        assertThat(registration).hasNotPassed("Task_NotifyWaitlisted", "Event_Promoted", "EndEvent_RegistrationRefused");
        assertThat(registration).isWaitingAt("Task_ApproveRegistration");
        assertThat(registration).task()
                .hasDefinitionKey("Task_ApproveRegistration")
                .hasCandidateGroup("organizer")
                .isNotAssigned()
                .hasDueDate(APPROVAL_DUE)
                .hasFormKey("registration-approval");
        assertThat(registration).job("Timer_ApprovalOverdue").hasDueDate(APPROVAL_DUE);
        assertThat(registration).variables()
                .containsEntry(REFUSAL_REASON, null)
                .containsEntry(SEAT_RESERVED, true);
        verify(reserveSeat).execute(any(DelegateExecution.class));
        verify(notifyRegistrationReceived).execute(any(DelegateExecution.class));
        verifyNoInteractions(notifyWaitlisted, notifyPromoted, confirmRegistration, rejectRegistration, escalateApproval);
    }

    @Test
    void shouldConfirmApprovedRegistrationAndAwaitAttendance() throws Exception {
        // Given a registration with a seat, waiting for approval
        seatsAvailable(true);
        ProcessInstance registration = startRegistration(eligibleFacts());
        assertThat(registration).isWaitingAt("Task_ApproveRegistration");

        // When an organizer approves it
        complete(task(registration), withVariables(APPROVED, true));

        // Then the registration is confirmed and waits for the attendance record
        assertThat(registration).hasPassedInOrder(
                "Task_NotifyReceived", "Task_ApproveRegistration", "Gateway_Approved", "Task_ConfirmRegistration");
        assertThat(registration).hasNotPassed("Task_RejectRegistration");
        assertThat(registration).isWaitingAt("Task_AwaitAttendance");
        assertThat(registration).job("Timer_SessionReminder").hasDueDate(REMINDER);
        verify(confirmRegistration).execute(any(DelegateExecution.class));
        verifyNoInteractions(rejectRegistration, sendReminder, issueCertificate);
    }

    @Test
    void shouldRejectRegistrationWhenOrganizerRejectsIt() throws Exception {
        // Given a registration with a seat, waiting for approval
        seatsAvailable(true);
        ProcessInstance registration = startRegistration(eligibleFacts());
        assertThat(registration).isWaitingAt("Task_ApproveRegistration");

        // When an organizer rejects it
        complete(task(registration), withVariables(APPROVED, false));

        // Then the registration is rejected and never confirmed
        assertThat(registration).hasPassedInOrder(
                "Task_ApproveRegistration", "Gateway_Approved", "Task_RejectRegistration", "EndEvent_RegistrationRejected");
        assertThat(registration).hasNotPassed("Task_ConfirmRegistration", "Task_AwaitAttendance");
        assertThat(registration).isEnded();
        verify(rejectRegistration).execute(any(DelegateExecution.class));
        verifyNoInteractions(confirmRegistration, issueCertificate, sendReminder);
    }

    @Test
    void shouldPutRegistrantOnWaitingListUntilPromoted() throws Exception {
        // Given an eligible registration for a full session
        seatsAvailable(false);

        // When the registration is received
        ProcessInstance registration = startRegistration(eligibleFacts());

        // Then the registrant is told the position on the waiting list and waits for a seat, with no approval yet
        assertThat(registration).hasPassedInOrder(
                "Task_ReserveSeat", "Gateway_SeatAvailable", "Task_NotifyWaitlisted");
        assertThat(registration).isWaitingAt("Event_Promoted");
        assertThat(registration).hasNotPassed("Task_NotifyReceived", "Task_ApproveRegistration");
        verify(notifyWaitlisted).execute(any(DelegateExecution.class));
        verifyNoInteractions(notifyRegistrationReceived, notifyPromoted);

        // When a seat frees up and the registration is promoted with a new approval due date
        runtimeService().createMessageCorrelation(REGISTRATION_PROMOTED_MESSAGE)
                .processInstanceBusinessKey(String.valueOf(REGISTRATION))
                .setVariable(APPROVAL_DUE_DATE, APPROVAL_DUE_AFTER_PROMOTION)
                .correlate();

        // Then the registrant is told of the promotion and the organizers see the approval due at the new date
        assertThat(registration).hasPassedInOrder(
                "Task_NotifyWaitlisted", "Event_Promoted", "Task_NotifyPromoted", "Gateway_AwaitApproval");
        assertThat(registration).isWaitingAt("Task_ApproveRegistration");
        assertThat(registration).task()
                .hasCandidateGroup("organizer")
                .hasDueDate(APPROVAL_DUE_AFTER_PROMOTION)
                .hasFormKey("registration-approval");
        assertThat(registration).job("Timer_ApprovalOverdue").hasDueDate(APPROVAL_DUE_AFTER_PROMOTION);
        verify(notifyPromoted).execute(any(DelegateExecution.class));
        verifyNoInteractions(notifyRegistrationReceived);
    }

    @Test
    void shouldEscalateOverdueApprovalAndKeepTaskOpen() throws Exception {
        // Given a registration whose approval has reached its due date
        seatsAvailable(true);
        ProcessInstance registration = startRegistration(eligibleFacts());
        assertThat(registration).isWaitingAt("Task_ApproveRegistration");

        // When the approval-overdue timer fires
        execute(job("Timer_ApprovalOverdue"));

        // Then all organizers are alerted and the approval is still open
        assertThat(registration).hasPassedInOrder("Timer_ApprovalOverdue", "Task_EscalateApproval", "EndEvent_ApprovalEscalated");
        assertThat(registration).isWaitingAt("Task_ApproveRegistration");
        assertThat(registration).task().hasCandidateGroup("organizer");
        assertThat(registration).hasNotPassed("Gateway_Approved");
        verify(escalateApproval).execute(any(DelegateExecution.class));
        verifyNoInteractions(confirmRegistration, rejectRegistration);

        // And the approval can still be given afterwards
        complete(task(registration), withVariables(APPROVED, true));
        assertThat(registration).isWaitingAt("Task_AwaitAttendance");
    }

    // Attendance

    @Test
    void shouldRemindParticipantWhileAwaitingAttendance() throws Exception {
        // Given a confirmed registration awaiting attendance
        ProcessInstance registration = approvedRegistration();

        // When it is two days before the session
        execute(job("Timer_SessionReminder"));

        // Then the participant is reminded and attendance is still awaited
        assertThat(registration).hasPassedInOrder("Timer_SessionReminder", "Task_SendReminder", "EndEvent_Reminded");
        assertThat(registration).isWaitingAt("Task_AwaitAttendance");
        assertThat(registration).hasNotPassed("Gateway_Attended");
        verify(sendReminder).execute(any(DelegateExecution.class));
        verifyNoInteractions(issueCertificate);

        // And the attendance can still be recorded afterwards
        recordAttendance(true);
        assertThat(registration).hasPassed("EndEvent_Attended").isEnded();
    }

    @Test
    void shouldIssueCertificateWhenParticipantAttended() throws Exception {
        // Given a confirmed registration awaiting attendance
        ProcessInstance registration = approvedRegistration();

        // When the participant's attendance is recorded
        recordAttendance(true);

        // Then a certificate is issued
        assertThat(registration).hasPassedInOrder(
                "Task_ConfirmRegistration", "Task_AwaitAttendance", "Gateway_Attended",
                "Task_IssueCertificate", "EndEvent_Attended");
        assertThat(registration).hasNotPassed("EndEvent_NoShow", "Task_SendReminder");
        assertThat(registration).isEnded();
        verify(issueCertificate).execute(any(DelegateExecution.class));
        verifyNoInteractions(sendReminder, notifyCancellation);
    }

    @Test
    void shouldRecordNoShowWhenParticipantDidNotAttend() throws Exception {
        // Given a confirmed registration awaiting attendance
        ProcessInstance registration = approvedRegistration();

        // When the participant is recorded as absent
        recordAttendance(false);

        // Then a no-show is recorded and no certificate is issued
        assertThat(registration).hasPassedInOrder("Task_AwaitAttendance", "Gateway_Attended", "EndEvent_NoShow");
        assertThat(registration).hasNotPassed("Task_IssueCertificate", "EndEvent_Attended");
        assertThat(registration).isEnded();
        verifyNoInteractions(issueCertificate, notifyCancellation);
    }

    // Cancellation

    @Test
    void shouldCancelRegistrationOnWaitingList() throws Exception {
        // Given a registration on the waiting list
        seatsAvailable(false);
        ProcessInstance registration = startRegistration(eligibleFacts());
        assertThat(registration).isWaitingAt("Event_Promoted");

        // When the participant cancels it
        cancelRegistration();

        // Then the cancellation is confirmed, the registration ends and is never promoted
        assertCancelled(registration);
        assertThat(registration).hasNotPassed("Task_NotifyPromoted", "Task_ApproveRegistration");
        verifyNoInteractions(notifyPromoted);
    }

    @Test
    void shouldCancelRegistrationAwaitingApproval() throws Exception {
        // Given a registration with a seat, waiting for approval
        seatsAvailable(true);
        ProcessInstance registration = startRegistration(eligibleFacts());
        assertThat(registration).isWaitingAt("Task_ApproveRegistration");

        // When the participant cancels it
        cancelRegistration();

        // Then the cancellation is confirmed, the approval task is gone and nothing is escalated later
        assertCancelled(registration);
        assertThat(registration).hasNotPassed("Gateway_Approved", "Task_EscalateApproval");
        Assertions.assertThat(processEngine.getTaskService().createTaskQuery()
                .processInstanceId(registration.getId()).count()).isZero();
        Assertions.assertThat(processEngine.getManagementService().createJobQuery()
                .processInstanceId(registration.getId()).count()).isZero();
        verifyNoInteractions(confirmRegistration, rejectRegistration, escalateApproval);
    }

    @Test
    void shouldCancelRegistrationAwaitingAttendance() throws Exception {
        // Given a confirmed registration awaiting attendance
        ProcessInstance registration = approvedRegistration();

        // When the participant cancels it
        cancelRegistration();

        // Then the cancellation is confirmed, no reminder is pending and no certificate is issued
        assertCancelled(registration);
        assertThat(registration).hasNotPassed("Gateway_Attended", "Task_SendReminder");
        Assertions.assertThat(processEngine.getManagementService().createJobQuery()
                .processInstanceId(registration.getId()).count()).isZero();
        verifyNoInteractions(sendReminder, issueCertificate);
    }

    private ProcessInstance startRegistration(VariableMap facts) {
        VariableMap variables = Variables.createVariables()
                .putValue(REGISTRATION_ID, REGISTRATION)
                .putValue(APPROVAL_DUE_DATE, APPROVAL_DUE)
                .putValue(REMINDER_DATE, REMINDER);
        variables.putAll(facts);
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, String.valueOf(REGISTRATION), variables);
    }

    /** Facts of an eligible registration, in the Java types the application passes; a test changes one. */
    private static VariableMap eligibleFacts() {
        return Variables.createVariables()
                .putValue("audienceType", "LSGU")
                .putValue("allowedAudienceTypes", new ArrayList<>(List.of("LSGU", "PUBLIC_INSTITUTION")))
                .putValue("registeredAt", Date.from(NOW))
                .putValue("registrationDeadline", REGISTRATION_DEADLINE)
                .putValue("lsguQuota", null)
                .putValue("lsguRegistrations", Integer.valueOf(0))
                .putValue("lsguOnly", Boolean.FALSE)
                .putValue("registrantLsgu", "70645")
                .putValue("sessionLsgu", "70645");
    }

    /** The seat delegate answers as the application's would: it sets whether a seat was reserved. */
    private void seatsAvailable(boolean seatReserved) throws Exception {
        doAnswer(invocation -> {
            invocation.<DelegateExecution>getArgument(0).setVariable(SEAT_RESERVED, seatReserved);
            return null;
        }).when(reserveSeat).execute(any(DelegateExecution.class));
    }

    private ProcessInstance approvedRegistration() throws Exception {
        seatsAvailable(true);
        ProcessInstance registration = startRegistration(eligibleFacts());
        complete(task(registration), withVariables(APPROVED, true));
        assertThat(registration).isWaitingAt("Task_AwaitAttendance");
        return registration;
    }

    private void recordAttendance(boolean attended) {
        runtimeService().createMessageCorrelation(ATTENDANCE_RECORDED_MESSAGE)
                .processInstanceBusinessKey(String.valueOf(REGISTRATION))
                .setVariable(ATTENDED, attended)
                .correlate();
    }

    private void cancelRegistration() {
        runtimeService().createMessageCorrelation(REGISTRATION_CANCELLED_MESSAGE)
                .processInstanceBusinessKey(String.valueOf(REGISTRATION))
                .correlate();
    }

    private void assertRefused(ProcessInstance registration, String reason) {
        assertThat(registration).hasPassedInOrder(
                "StartEvent_RegistrationReceived", "Task_CheckEligibility", "Gateway_Eligible",
                "EndEvent_RegistrationRefused");
        assertThat(registration).hasNotPassed("Task_ReserveSeat");
        assertThat(registration).isEnded();
        Assertions.assertThat(historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(registration.getId())
                .variableName(REFUSAL_REASON)
                .singleResult().getValue()).isEqualTo(reason);
        verifyNoInteractions(reserveSeat, notifyRegistrationReceived, notifyWaitlisted, notifyPromoted,
                escalateApproval, confirmRegistration, rejectRegistration, sendReminder, issueCertificate,
                notifyCancellation);
    }

    private void assertCancelled(ProcessInstance registration) throws Exception {
        assertThat(registration).hasPassedInOrder(
                "StartEvent_RegistrationCancelled", "Task_NotifyCancelled", "EndEvent_RegistrationCancelled");
        assertThat(registration).isEnded();
        verify(notifyCancellation).execute(any(DelegateExecution.class));
    }
}
