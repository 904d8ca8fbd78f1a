package rs.eobuka.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import rs.eobuka.platform.engine.EngineIndexes;

/**
 * A Camunda engine without the application: the same settings as ProcessEngineBootstrap
 * (audit history, no metrics, no authorization) but its own connection pool and transactions,
 * and the delegates replaced by mocks resolved by name. The eligibility decision is evaluated
 * for real with the facts RegistrationService gives.
 */
final class BareEngine {

    static final String PROCESS_KEY = "training-registration";
    static final String TASK_APPROVE = "Task_ApproveRegistration";
    static final String ORGANIZER_GROUP = "organizer";
    static final String BPMN = "bpmn/training-registration.bpmn";
    static final String DMN = "dmn/registration-eligibility.dmn";
    private static final ZoneId SERBIA = ZoneId.of("Europe/Belgrade");

    /** Every delegate expression of training-registration.bpmn. */
    private static final List<String> DELEGATES = List.of("notifyRegistrationReceivedDelegate", "notifyWaitlistedDelegate",
            "notifyPromotedDelegate", "escalateApprovalDelegate", "confirmRegistrationDelegate", "rejectRegistrationDelegate",
            "sendReminderDelegate", "issueCertificateDelegate", "notifyCancellationDelegate");

    private BareEngine() {
    }

    /**
     * @param schemaUpdate {@code true} for an empty database of its own, {@code false} for the
     *                     application's database (its tables are used as they are, never changed)
     */
    static ProcessEngine build(String name, String url, String user, String password, String schemaUpdate, int connections) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl(url);
        configuration.setJdbcDriver(url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : "org.h2.Driver");
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcMaxActiveConnections(connections);
        configuration.setJdbcMaxIdleConnections(connections);
        configuration.setDatabaseSchemaUpdate(schemaUpdate);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        // as the application's engine: UUIDs, the id generator Camunda configures for production
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setMetricsEnabled(false);
        configuration.setTaskMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setAuthorizationEnabled(false);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        ProcessEngine engine = configuration.buildProcessEngine();
        if ("true".equals(schemaUpdate)) {
            // the indexes the application adds to the engine's tables when it starts
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, password);
                 java.sql.Statement statement = c.createStatement()) {
                for (String sql : EngineIndexes.STATEMENTS) {
                    statement.execute(sql);
                }
            } catch (java.sql.SQLException e) {
                engine.close();
                throw new IllegalStateException("could not index the bare engine's tables", e);
            }
        }
        return engine;
    }

    /** Mocks are thread-bound: every thread that drives the engine calls this first. */
    static void registerDelegates(JavaDelegate reserveSeat) {
        JavaDelegate nothing = execution -> { };
        DELEGATES.forEach(name -> Mocks.register(name, nothing));
        Mocks.register("reserveSeatDelegate", reserveSeat);
    }

    /** The variables RegistrationService.startVariables gives, for a participant of an LSGU and an unlimited quota. */
    static VariableMap startVariables(long registrationId, LocalDateTime sessionStart, LocalDateTime deadline, int fromSameLsgu) {
        Instant now = Instant.now();
        return Variables.createVariables()
                .putValue("registrationId", registrationId)
                .putValue("approvalDueDate", Date.from(now.plus(Duration.ofDays(2))))
                .putValue("reminderDate", Date.from(sessionStart.atZone(SERBIA).toInstant().minus(Duration.ofDays(2))))
                .putValueTyped("audienceType", Variables.stringValue("LSGU", true))
                .putValueTyped("allowedAudienceTypes", Variables.objectValue(List.of("LSGU"), true).create())
                .putValueTyped("registeredAt", Variables.dateValue(Date.from(now), true))
                .putValueTyped("registrationDeadline", Variables.dateValue(Date.from(deadline.atZone(SERBIA).toInstant()), true))
                .putValueTyped("lsguQuota", Variables.integerValue(null, true))
                .putValueTyped("lsguRegistrations", Variables.integerValue(fromSameLsgu, true))
                .putValueTyped("lsguOnly", Variables.booleanValue(false, true))
                .putValueTyped("registrantLsgu", Variables.stringValue("70645", true))
                .putValueTyped("sessionLsgu", Variables.stringValue("70645", true));
    }
}
