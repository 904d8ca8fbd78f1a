package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountAdminService;
import rs.eobuka.account.AccountFilter;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.AccountStatus;
import rs.eobuka.account.NewAccount;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.task.TaskPriority;
import rs.eobuka.registration.AttendanceService;
import rs.eobuka.registration.CancelCause;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationApprovalService;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.registration.RegistrationStatus;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.SessionService;
import rs.eobuka.session.SessionStatus;
import rs.eobuka.session.TrainingSession;

/**
 * The training-registration process inside the server, on the paths that wait for time or for
 * an organizer: the overdue approval, the reminder, attendance and certificates, and a
 * cancelled session. Timers are fired by hand with the management service; the mail they
 * cause is read from the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationProcessIT {

    @Inject
    ManagementService management;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    AccountLookupService accounts;

    @Inject
    SessionApprovalService sessionApprovals;

    @Inject
    SessionService sessions;

    @Inject
    RegistrationService registrations;

    @Inject
    AttendanceService attendance;

    @Inject
    RegistrationApprovalService approvals;

    @Inject
    AccountAdminService accountAdmin;

    @Inject
    MailOutbox outbox;

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource database;

    @Inject
    ServiceFixtures fixtures;

    @Test
    void shouldEscalateOverdueApprovalToEveryOrganizer() {
        // Given a registration waiting for approval
        TrainingSession session = fixtures.publishedSession(5);
        Account participant = fixtures.participant();
        Registration registration = registrations.register(session.getId(), participant.getUsername(), true);
        Job overdue = timer(registration.getProcessInstanceId(), "Timer_ApprovalOverdue");

        // When its approval falls due
        management.executeJob(overdue.getId());

        // Then the task is flagged, the registration is marked escalated, and every active organizer is told
        Task task = fixtures.approvalTask(registration.getProcessInstanceId());
        assertThat(task).as("the approval task stays open").isNotNull();
        assertThat(task.getPriority()).isEqualTo(TaskPriority.ESCALATED);
        assertThat(registrations.get(registration.getId()).isEscalated()).isTrue();
        List<Account> organizers = accounts.find(new AccountFilter(null, Role.ORGANIZER, AccountStatus.ACTIVE), 0, 500);
        assertThat(organizers).extracting(Account::getUsername).contains(ServiceFixtures.PROPOSER, ServiceFixtures.REVIEWER);
        List<String> told = outbox.find(null, 0, 2000).stream()
                .filter(m -> !m.getRecipient().equals(participant.getEmail()) && m.getBody().contains(participant.getFullName()))
                .map(m -> m.getRecipient()).toList();
        assertThat(told).containsExactlyInAnyOrderElementsOf(organizers.stream().map(Account::getEmail).toList());
    }

    @Test
    void shouldRemindConfirmedParticipantTwoDaysBefore() {
        // Given a confirmed registration for a session ten days ahead
        TrainingSession session = fixtures.publishedSession(5);
        Account participant = fixtures.participant();
        Registration registration = registrations.register(session.getId(), participant.getUsername(), true);
        fixtures.approve(registration.getProcessInstanceId());
        assertThat(fixtures.mailTo(participant.getEmail(), "eObuka: podsetnik")).isEmpty();

        // When the reminder falls due
        management.executeJob(timer(registration.getProcessInstanceId(), "Timer_SessionReminder").getId());

        // Then a reminder is queued, and the registration still waits for attendance
        assertThat(fixtures.mailTo(participant.getEmail(), "eObuka: podsetnik")).hasSize(1)
                .allSatisfy(m -> assertThat(m.getBody()).contains(participant.getFullName()));
        assertThat(registrations.get(registration.getId()).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(registration.getProcessInstanceId()).count()).isEqualTo(1);
    }

    @Test
    void shouldLeaveAnOrganizersOwnRegistrationAndAttendanceToAnotherOrganizer() throws Exception {
        // Given an organizer who is also a participant, registered for a session that starts today
        String username = "it" + UUID.randomUUID().toString().substring(0, 12);
        Account organizer = accountAdmin.create(new NewAccount(username, "a-long-password-1", "Organizatorka " + username,
                username + "@example.rs", "70645", OrganisationType.LSGU, EnumSet.of(Role.PARTICIPANT, Role.ORGANIZER)));
        TrainingSession session = fixtures.publishedSession(5, ServiceFixtures.startingSoon());
        Registration own = registrations.register(session.getId(), organizer.getUsername(), true);
        String approvalTask = fixtures.approvalTask(own.getProcessInstanceId()).getId();

        // When they try to approve it, alone and in the roster's bulk approval
        AccessDeniedException refused = catchThrowableOfType(
                () -> approvals.decide(approvalTask, organizer.getUsername(), true, null), AccessDeniedException.class);
        int approvedInBulk = approvals.approveAll(List.of(own.getId()), organizer.getUsername());

        // Then it is refused, and the registration still waits for another organizer's decision
        assertThat(refused).isNotNull();
        assertThat(refused.messageKey()).isEqualTo("registration.ownDecision");
        assertThat(approvedInBulk).isZero();
        assertThat(registrations.get(own.getId()).getStatus()).isEqualTo(RegistrationStatus.PENDING_APPROVAL);
        assertThat(fixtures.approvalTask(own.getProcessInstanceId()).getId()).isEqualTo(approvalTask);

        // When another organizer approves it, the session starts, and they mark themselves present
        fixtures.approve(own.getProcessInstanceId());
        ServiceFixtures.startToday(database, session.getId());
        ServiceFixtures.awaitNoTimer(management, own.getProcessInstanceId(), "Timer_SessionReminder");
        int markedByThemselves = attendance.record(session.getId(), List.of(own.getId()), true, organizer.getUsername());

        // Then nothing is marked and no certificate is issued, until another organizer marks it
        assertThat(markedByThemselves).isZero();
        assertThat(registrations.get(own.getId()).getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.get(own.getId()).getCertificateCode()).isNull();
        assertThat(attendance.record(session.getId(), List.of(own.getId()), true, ServiceFixtures.PROPOSER)).isEqualTo(1);
        assertThat(registrations.get(own.getId()).getStatus()).isEqualTo(RegistrationStatus.ATTENDED);
    }

    @Test
    void shouldIssueCertificateToAttendeeAndNoneToNoShow() throws Exception {
        // Given a session that starts today, with two confirmed registrations
        TrainingSession session = fixtures.publishedSession(5, ServiceFixtures.startingSoon());
        Account attendee = fixtures.participant();
        Account absentee = fixtures.participant();
        Registration attended = registrations.register(session.getId(), attendee.getUsername(), true);
        Registration absent = registrations.register(session.getId(), absentee.getUsername(), true);
        fixtures.approve(attended.getProcessInstanceId());
        fixtures.approve(absent.getProcessInstanceId());
        ServiceFixtures.startToday(database, session.getId());
        // the reminder's date has passed, so the job executor fires it at once; let it finish first
        ServiceFixtures.awaitNoTimer(management, attended.getProcessInstanceId(), "Timer_SessionReminder");
        ServiceFixtures.awaitNoTimer(management, absent.getProcessInstanceId(), "Timer_SessionReminder");

        // When the organizer marks one present and one absent
        int present = attendance.record(session.getId(), List.of(attended.getId()), true, ServiceFixtures.PROPOSER);
        int noShow = attendance.record(session.getId(), List.of(absent.getId()), false, ServiceFixtures.PROPOSER);

        // Then the attendee has a certificate and is told so, the no-show has neither, and both processes end
        assertThat(present).isEqualTo(1);
        assertThat(noShow).isEqualTo(1);
        Registration withCertificate = registrations.get(attended.getId());
        assertThat(withCertificate.getStatus()).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(withCertificate.getCertificateCode()).matches("[0-9A-HJKMNP-TV-Z]{10}");
        assertThat(fixtures.mailTo(attendee.getEmail(), "eObuka: vaš sertifikat")).hasSize(1)
                .allSatisfy(m -> assertThat(m.getBody()).contains(withCertificate.getCertificateCode()));
        Registration without = registrations.get(absent.getId());
        assertThat(without.getStatus()).isEqualTo(RegistrationStatus.NO_SHOW);
        assertThat(without.getCertificateCode()).isNull();
        assertThat(fixtures.mailTo(absentee.getEmail(), "eObuka: vaš sertifikat")).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(attended.getProcessInstanceId()).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(absent.getProcessInstanceId()).count()).isZero();
        assertThat(attendance.verify(withCertificate.getCertificateCode().toLowerCase())).isPresent();
    }

    @Test
    void shouldCancelEveryActiveRegistrationWhenTheSessionIsCancelled() {
        // Given a two-seat session: one confirmed, one pending, one waiting, and one already cancelled
        TrainingSession session = fixtures.publishedSession(2);
        Account confirmed = fixtures.participant();
        Account pending = fixtures.participant();
        Account waiting = fixtures.participant();
        Account gone = fixtures.participant();
        Registration first = registrations.register(session.getId(), confirmed.getUsername(), true);
        fixtures.approve(first.getProcessInstanceId());
        Registration second = registrations.register(session.getId(), pending.getUsername(), true);
        Registration third = registrations.register(session.getId(), waiting.getUsername(), true);
        Registration fourth = registrations.register(session.getId(), gone.getUsername(), true);
        registrations.cancel(fourth.getId(), gone.getUsername(), false);
        String reason = "Predavač je sprečen " + session.getId();

        // When an organizer other than the one who approved it cancels the session
        sessionApprovals.cancel(session.getId(), ServiceFixtures.PROPOSER, reason);

        // Then every active registration is cancelled by that organizer, nobody holds a seat, and each registrant is told why
        assertThat(sessions.get(session.getId()).getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(sessions.get(session.getId()).getCancelledBy()).isEqualTo(ServiceFixtures.PROPOSER);
        for (Registration registration : List.of(first, second, third)) {
            Registration now = registrations.get(registration.getId());
            assertThat(now.getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
            assertThat(now.getCancelCause()).isEqualTo(CancelCause.SESSION_CANCELLED);
            assertThat(now.getCancelledBy()).as("who cancelled registration %d", now.getId()).isEqualTo(ServiceFixtures.PROPOSER);
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(registration.getProcessInstanceId()).count()).isZero();
        }
        for (Account registrant : List.of(confirmed, pending, waiting)) {
            assertThat(fixtures.mailTo(registrant.getEmail(), "eObuka: termin otkazan")).hasSize(1)
                    .allSatisfy(m -> assertThat(m.getBody()).contains(reason));
        }
        assertThat(fixtures.mailTo(gone.getEmail(), "eObuka: termin otkazan")).isEmpty();
        assertThat(registrations.get(fourth.getId()).getCancelCause()).isEqualTo(CancelCause.PARTICIPANT);
        assertThat(sessions.get(session.getId()).getSeatsTaken()).isZero();
        assertThat(sessions.get(session.getId()).getWaitlisted()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(second.getProcessInstanceId()).count()).isZero();
    }

    private Job timer(String processInstanceId, String activityId) {
        Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
        assertThat(job).as(activityId + " of " + processInstanceId).isNotNull();
        return job;
    }
}
