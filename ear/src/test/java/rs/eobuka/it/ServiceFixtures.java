package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountAdminService;
import rs.eobuka.account.NewAccount;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxMessage;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.registration.RegistrationApprovalService;
import rs.eobuka.registration.process.RegistrationVariables;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.SessionPlan;
import rs.eobuka.session.TrainingService;
import rs.eobuka.session.TrainingSession;
import rs.eobuka.session.process.SessionApprovalVariables;

/**
 * Data for in-container tests, made through the application's own services, each call in its
 * own transaction as a user's request would be: fresh accounts with unique names, and sessions
 * proposed by the demo organizer and approved by the demo coordinator.
 */
@Dependent
public class ServiceFixtures {

    public static final String PROPOSER = "organizer";
    public static final String REVIEWER = "coordinator";

    private final AccountAdminService accounts;
    private final TrainingService trainings;
    private final SessionApprovalService sessions;
    private final RegistrationApprovalService approvals;
    private final TaskService tasks;
    private final MailOutbox outbox;

    @Inject
    public ServiceFixtures(AccountAdminService accounts, TrainingService trainings, SessionApprovalService sessions,
                           RegistrationApprovalService approvals, TaskService tasks, MailOutbox outbox) {
        this.accounts = accounts;
        this.trainings = trainings;
        this.sessions = sessions;
        this.approvals = approvals;
        this.tasks = tasks;
        this.outbox = outbox;
    }

    /** A new active participant from Kragujevac's administration. */
    public Account participant() {
        String username = "it" + UUID.randomUUID().toString().substring(0, 12);
        return accounts.create(new NewAccount(username, "a-long-password-1", "Učesnik " + username, username + "@example.rs",
                "70645", OrganisationType.LSGU, EnumSet.of(Role.PARTICIPANT)));
    }

    /** A published session for LSGU staff, starting at {@code start} (local time in Serbia). */
    public TrainingSession publishedSession(int capacity, LocalDateTime start) {
        long training = trainings.find(null, 0, 1).get(0).getId();
        LocalDateTime deadline = start.minusDays(1).isAfter(SerbianTime.now()) ? start.minusDays(1) : start;
        TrainingSession session = sessions.propose(new SessionPlan(training, "70645", "Sala " + UUID.randomUUID(), "Trg slobode 3",
                start, start.plusHours(4), deadline, capacity, null, "Marko Petrović", EnumSet.of(OrganisationType.LSGU)), PROPOSER);
        Task review = tasks.createTaskQuery().processInstanceId(session.getProcessInstanceId())
                .taskDefinitionKey(SessionApprovalVariables.TASK_REVIEW).singleResult();
        sessions.review(review.getId(), REVIEWER, true, null);
        return session;
    }

    /** A published session ten days ahead, well outside the reminder window. */
    public TrainingSession publishedSession(int capacity) {
        return publishedSession(capacity, SerbianTime.now().toLocalDate().plusDays(10).atTime(10, 0));
    }

    /** The open approval task of a registration. */
    public Task approvalTask(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(RegistrationVariables.TASK_APPROVE).singleResult();
    }

    public void approve(String processInstanceId) {
        approvals.decide(approvalTask(processInstanceId).getId(), PROPOSER, true, null);
    }

    /** The mail queued for this address whose subject starts so, newest first. */
    public List<OutboxMessage> mailTo(String recipient, String subjectStart) {
        return outbox.find(null, 0, 2000).stream()
                .filter(m -> m.getRecipient().equals(recipient) && m.getSubject().startsWith(subjectStart))
                .toList();
    }

    /**
     * The token of the verification link e-mailed to this address (the account keeps only its
     * hash), from the newest such mail in the outbox.
     */
    public String verificationToken(String email) {
        return outbox.find(null, 0, 2000).stream()
                .filter(m -> m.getRecipient().equals(email) && m.getBody().contains("/verify.xhtml?token="))
                .map(m -> m.getBody().replaceFirst("(?s).*/verify\\.xhtml\\?token=([A-Za-z0-9_-]+).*", "$1"))
                .findFirst().orElseThrow(() -> new AssertionError("no verification mail to " + email));
    }

    /** Sessions are proposed for the future only; a few minutes ahead, still today in Serbia when possible. */
    public static LocalDateTime startingSoon() {
        return SerbianTime.now().plusMinutes(5).withSecond(0).withNano(0);
    }

    /**
     * Attendance counts from the start day; should "a few minutes ahead" fall after midnight, the
     * start is moved back to now, as if the session had begun.
     */
    public static void startToday(DataSource database, long sessionId) throws SQLException {
        LocalDateTime now = SerbianTime.now().withNano(0);
        try (Connection connection = database.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update training_session set starts_at = ? where id = ? and starts_at > ?")) {
            update.setObject(1, now);
            update.setLong(2, sessionId);
            update.setObject(3, now.toLocalDate().plusDays(1).atStartOfDay().minusNanos(1));
            update.executeUpdate();
        }
    }

    /** Waits until the timer of that activity has fired (the job executor runs a timer whose time has passed at once). */
    public static void awaitNoTimer(ManagementService management, String processInstanceId, String activityId) throws InterruptedException {
        assertThat(await(Duration.ofSeconds(90), () ->
                management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).count() == 0))
                .as(activityId + " fired").isTrue();
    }

    /** Waits for the condition, checking every 200 ms, up to the deadline; false if it never held. */
    public static boolean await(Duration deadline, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(deadline);
        while (Instant.now().isBefore(until)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }
}
