package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.account.SignUp;
import rs.eobuka.account.SignUpService;
import rs.eobuka.platform.engine.ProcessEngineBootstrap;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxRetention;
import rs.eobuka.platform.privacy.ConsentService;

/**
 * Retention inside the server: sent e-mail is deleted once its retention has passed (on a clock
 * the test sets, not the machine's), failed mail is kept; a sign-up not confirmed within its
 * window is deleted with its consent; the engine's history of a finished process is removed by
 * the engine's own cleanup once its removal time has passed. (The invitations of closed surveys:
 * FeedbackProcessIT.)
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Inject
    ServiceFixtures fixtures;

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxRetention retention;

    @Inject
    SignUpService signUps;

    @Inject
    AccountLookupService accounts;

    @Inject
    ConsentService consents;

    @Inject
    ProcessEngine engine;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource dataSource;

    @Test
    void shouldDeleteSentMailOnceItsRetentionHasPassedAndKeepFailedMail() throws Exception {
        // Given three messages of a day long ago: one sent a day past the retention, one sent a day short of it, one failed
        Instant asOf = Instant.parse("2020-06-30T12:00:00Z");
        Duration kept = OutboxRetention.retention();
        long expired = message("SENT", asOf.minus(kept).minus(Duration.ofDays(1)));
        long recent = message("SENT", asOf.minus(kept).plus(Duration.ofDays(1)));
        long failed = message("FAILED", asOf.minus(kept).minus(Duration.ofDays(30)));

        // When the retention runs on that day
        int deleted = retention.purgeAsOf(asOf);

        // Then only the expired sent message is gone
        assertThat(deleted).isEqualTo(1);
        assertThat(exists(expired)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(failed)).as("failed mail waits for an admin").isTrue();
    }

    @Test
    void shouldRemoveAFinishedProcessHistoryOnceItsRemovalTimeHasPassed() throws Exception {
        // Given the engine's nightly cleanup, scheduled from its configured window
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo(ProcessEngineBootstrap.HISTORY_CLEANUP_FROM);
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo(ProcessEngineBootstrap.HISTORY_CLEANUP_UNTIL);
        assertThat(history.findHistoryCleanupJobs()).as("the cleanup job").isNotEmpty();

        // And a sign-up whose activation process has ended, its history holding the person's address
        String email = "retention-" + UUID.randomUUID().toString().substring(0, 8) + "@example.rs";
        transaction.begin();
        Account account = signUps.signUp(new SignUp("Ana Anić", email, "a-long-enough-password", "70645", OrganisationType.LSGU,
                "Grad Kragujevac", "Referentkinja", null, "sr-Latn", true));
        transaction.commit();
        signUps.verifyEmail(fixtures.verificationToken(email));
        HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(account.getId().toString()).singleResult();
        assertThat(finished.getEndTime()).isNotNull();
        assertThat(finished.getRemovalTime()).as("removal time from the model's time to live").isAfter(new Date());

        // When its removal time has passed (set as an operator would, to yesterday) and the cleanup runs
        Batch batch = history.setRemovalTimeToHistoricProcessInstances()
                .absoluteRemovalTime(Date.from(Instant.now().minus(Duration.ofDays(1))))
                .byIds(finished.getId()).executeAsync();
        runJobsUntil(() -> history.createHistoricProcessInstanceQuery().processInstanceId(finished.getId()).singleResult()
                .getRemovalTime().before(new Date()), batch);
        Job cleanup = history.cleanUpHistoryAsync(true);

        // Then the history of that process is gone, variables included
        runJobsUntil(() -> history.createHistoricProcessInstanceQuery().processInstanceId(finished.getId()).count() == 0, cleanup);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(finished.getId()).count()).isZero();
    }

    @Test
    void shouldDeleteASignUpNotConfirmedWithinItsWindowAndItsConsent() throws Exception {
        // Given a sign-up whose owner never follows the link, its consent recorded
        String email = "unverified-" + UUID.randomUUID().toString().substring(0, 8) + "@example.rs";
        transaction.begin();
        Account account = signUps.signUp(new SignUp("Neda Nepotvrđena", email, "a-long-enough-password", "70645", OrganisationType.LSGU,
                "Grad Kragujevac", "Referentkinja", null, "sr-Latn", true));
        transaction.commit();
        assertThat(consents.ofAccount(account.getId())).hasSize(1);
        Job window = management.createJobQuery().processInstanceId(accounts.get(account.getId()).getProcessInstanceId())
                .activityId("Timer_VerificationWindow").singleResult();
        assertThat(window.getDuedate()).as("the window's end").isAfter(Date.from(Instant.now().plus(Duration.ofDays(2)).minusSeconds(120)));

        // When the window ends (its timer run now rather than in two days)
        management.executeJob(window.getId());

        // Then the account and its consent are gone, and the address can sign up again
        assertThat(accounts.findByUsername(email)).isEmpty();
        assertThat(consents.ofAccount(account.getId())).isEmpty();
    }

    /** Runs the jobs of a batch or the cleanup job itself (the job executor may take some first) until the condition holds. */
    private void runJobsUntil(BooleanSupplier done, Object work) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("jobs still not done after a minute").isLessThan(deadline);
            for (Job job : jobsOf(work)) {
                try {
                    management.executeJob(job.getId());
                } catch (ProcessEngineException takenMeanwhile) {
                    // an optimistic-locking or not-found failure: the job executor ran it first, or it moved on
                }
            }
            Thread.sleep(200);
        }
    }

    private List<Job> jobsOf(Object work) {
        if (work instanceof Batch batch) {
            List<Job> jobs = new ArrayList<>();
            for (String definition : new String[] {batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId()}) {
                jobs.addAll(management.createJobQuery().jobDefinitionId(definition).list());
            }
            return jobs;
        }
        return history.findHistoryCleanupJobs();
    }

    private long message(String status, Instant sentOrFailedAt) throws Exception {
        transaction.begin();
        long id = outbox.enqueue("retention-" + UUID.randomUUID() + "@example.rs", Language.SR_LATN, "welcome", "Ana").getId();
        transaction.commit();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update outbox_message set status = ?, sent_at = ?, created_at = ? where id = ?")) {
            update.setString(1, status);
            update.setTimestamp(2, "SENT".equals(status) ? Timestamp.from(sentOrFailedAt) : null);
            update.setTimestamp(3, Timestamp.from(sentOrFailedAt.minus(Duration.ofMinutes(1))));
            update.setLong(4, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        return id;
    }

    private boolean exists(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select count(*) from outbox_message where id = ?")) {
            select.setLong(1, id);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) == 1;
            }
        }
    }
}
