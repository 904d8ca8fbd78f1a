package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.Account;
import rs.eobuka.account.AccountDataExport;
import rs.eobuka.account.AccountLookupService;
import rs.eobuka.account.AccountStatus;
import rs.eobuka.account.ErasureRequest;
import rs.eobuka.account.ErasureService;
import rs.eobuka.account.OrganisationType;
import rs.eobuka.account.RoleRequestService;
import rs.eobuka.account.SignUp;
import rs.eobuka.account.SignUpService;
import rs.eobuka.account.process.ErasureVariables;
import rs.eobuka.booking.DateWindow;
import rs.eobuka.impact.ImpactFigures;
import rs.eobuka.impact.ImpactFiguresService;
import rs.eobuka.impact.ImpactScope;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxStatus;
import rs.eobuka.platform.privacy.SubjectErasure;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.registration.AttendanceService;
import rs.eobuka.registration.Registration;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.registration.RegistrationStatus;
import rs.eobuka.session.Topic;
import rs.eobuka.session.TrainingSession;
import rs.eobuka.workshop.WorkshopRequestDetails;
import rs.eobuka.workshop.WorkshopRequestService;

/**
 * The right to be forgotten inside the server: a person with an account, a verified sign-up, a
 * role request, a workshop request, a training attended and one to come, sent mail and an export
 * of their data asks to be forgotten and an administrator confirms. Afterwards no text column of
 * any table, the engine's runtime and history included, holds their name, address, phone,
 * organisation or job title; the account cannot sign in; the training to come is cancelled; and
 * every table keeps its number of rows and the impact figures of the period are unchanged.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    SignUpService signUps;

    @Inject
    AccountLookupService accounts;

    @Inject
    ErasureService erasures;

    @Inject
    RoleRequestService roleRequests;

    @Inject
    WorkshopRequestService workshops;

    @Inject
    RegistrationService registrations;

    @Inject
    AttendanceService attendance;

    @Inject
    AccountDataExport export;

    @Inject
    ImpactFiguresService impact;

    @Inject
    TaskService tasks;

    @Inject
    ManagementService management;

    @Inject
    MailOutbox outbox;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource dataSource;

    @Inject
    ServiceFixtures fixtures;

    @Test
    void shouldAnonymiseEverythingAboutThePersonWhenAnAdminConfirmsAndKeepEveryCount() throws Exception {
        // Given a person who signed up and verified their address
        String mark = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String fullName = "Jelena Zaboravić " + mark;
        String email = "zaboravic." + mark + "@example.rs";
        String phone = "+381 64 " + mark.chars().map(c -> '0' + c % 10).limit(7)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        String organisation = "Opštinska uprava " + mark;
        String jobTitle = "Referentkinja za " + mark;
        Account account = signUps.signUp(new SignUp(fullName, email, "a-long-enough-password", "70645", OrganisationType.LSGU,
                organisation, jobTitle, phone, "sr-Latn", true));
        signUps.verifyEmail(fixtures.verificationToken(email));
        long id = account.getId();

        // And their role request, workshop request (with a contact line naming them) and an export of their data
        roleRequests.request(email, Role.EVALUATOR, "Pratim obuke u našoj upravi.");
        LocalDate inAMonth = SerbianTime.now().toLocalDate().plusMonths(1);
        workshops.submit(new WorkshopRequestDetails(Topic.E_PAY, "70645", "Gradska uprava Kragujevac", 20,
                List.of(new DateWindow(inAMonth, inAMonth.plusDays(5))), null, fullName + ", " + phone, null, false), email);
        export.exportFor(email);

        // And a training they attended today and one they are registered for next week
        TrainingSession today = fixtures.publishedSession(5, ServiceFixtures.startingSoon());
        Registration attended = registrations.register(today.getId(), email, true);
        fixtures.approve(attended.getProcessInstanceId());
        ServiceFixtures.startToday(dataSource, today.getId());
        ServiceFixtures.awaitNoTimer(management, attended.getProcessInstanceId(), "Timer_SessionReminder");
        attendance.record(today.getId(), List.of(attended.getId()), true, ServiceFixtures.PROPOSER);
        TrainingSession nextWeek = fixtures.publishedSession(5, SerbianTime.now().toLocalDate().plusDays(7).atTime(10, 0));
        Registration upcoming = registrations.register(nextWeek.getId(), email, true);
        fixtures.approve(upcoming.getProcessInstanceId());
        List<String> identifying = List.of(email, fullName, phone, organisation, jobTitle, mark);
        assertThat(hits(identifying)).as("the person's data before the erasure").isNotEmpty();

        // When they ask to be forgotten, nobody may confirm their own request, and an administrator confirms
        ErasureRequest request = erasures.request(email);
        Map<String, Long> rowsBefore = rowCounts();
        ImpactScope scope = new ImpactScope(programmeOf(today.getId()), LocalDate.now(SerbianTime.ZONE).minusYears(1),
                LocalDate.now(SerbianTime.ZONE), null, null);
        ImpactFigures figuresBefore = impact.draft(scope);
        Task review = tasks.createTaskQuery().processInstanceId(request.getProcessInstanceId())
                .taskDefinitionKey(ErasureVariables.TASK_REVIEW).singleResult();
        assertThat(review.getDueDate().toInstant()).isCloseTo(request.getRequestedAt().plus(30, ChronoUnit.DAYS), within());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> erasures.decide(review.getId(), email, true, null))
                .isInstanceOf(AccessDeniedException.class);
        erasures.decide(review.getId(), "admin", true, null);
        awaitErasure(id);

        // Then no text in any table, the engine's included, names them any more
        assertThat(hits(identifying)).as("columns still holding the person's data").isEmpty();
        Account erased = accounts.get(id);
        assertThat(erased.getStatus()).isEqualTo(AccountStatus.ERASED);
        assertThat(erased.getUsername()).isEqualTo(SubjectErasure.pseudonym(id));
        assertThat(erased.getEmail()).isEqualTo(SubjectErasure.pseudonymousEmail(id));
        assertThat(erased.canLogIn(java.time.Instant.now())).isFalse();
        assertThat(accounts.findByUsername(email)).isEmpty();

        // And the training to come is cancelled, the one attended stays attended
        assertThat(registrations.get(upcoming.getId()).getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(registrations.get(attended.getId()).getStatus()).isEqualTo(RegistrationStatus.ATTENDED);

        // And nothing is left to be sent to them, every other table has as many rows as before, and the figures are the same
        assertThat(outbox.findTo(SubjectErasure.pseudonymousEmail(id), 0, 100))
                .allSatisfy(message -> assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENT));
        Map<String, Long> rowsAfter = rowCounts();
        rowsAfter.remove("outbox_message");
        rowsBefore.remove("outbox_message");
        assertThat(rowsAfter).isEqualTo(rowsBefore);
        assertThat(impact.draft(scope)).isEqualTo(figuresBefore);
    }

    /** Every text column of every table, app and engine, that still contains one of the values: "table.column ~ value". */
    private List<String> hits(List<String> values) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                for (String column : textColumns(connection, table)) {
                    for (String value : values) {
                        try (PreparedStatement select = connection.prepareStatement(
                                "select count(*) from " + table + " where lower(" + column + ") like ?")) {
                            select.setString(1, "%" + value.toLowerCase(Locale.ROOT) + "%");
                            try (ResultSet result = select.executeQuery()) {
                                result.next();
                                if (result.getLong(1) > 0) {
                                    hits.add(table + "." + column + " ~ " + value);
                                }
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** The rows of every application table (the engine's move on as the erasure's own process runs). */
    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                if (table.startsWith("act_")) {
                    continue;
                }
                try (PreparedStatement select = connection.prepareStatement("select count(*) from " + table);
                     ResultSet result = select.executeQuery()) {
                    result.next();
                    counts.put(table, result.getLong(1));
                }
            }
        }
        return counts;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet result = meta.getTables(connection.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (result.next()) {
                String schema = result.getString("TABLE_SCHEM");
                if (schema != null && (schema.equalsIgnoreCase("information_schema") || schema.startsWith("pg_"))) {
                    continue;
                }
                String table = result.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.endsWith("_schema_history")) { // Flyway's own, named in quotes
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static List<String> textColumns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select * from " + table + " where 1 = 0");
             ResultSet result = select.executeQuery()) {
            for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                int type = result.getMetaData().getColumnType(c);
                if (type == Types.VARCHAR || type == Types.NVARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR
                        || type == Types.CLOB) {
                    columns.add(result.getMetaData().getColumnName(c).toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private long programmeOf(long sessionId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select t.programme_id from training_session s join training t on t.id = s.training_id where s.id = ?")) {
            select.setLong(1, sessionId);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The anonymisation is a job of its own after the review's transaction, which the job executor runs within seconds. */
    private void awaitErasure(long accountId) throws InterruptedException {
        assertThat(ServiceFixtures.await(WAIT, () -> accounts.get(accountId).getStatus() == AccountStatus.ERASED))
                .as("the erasure ran").isTrue();
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(2, ChronoUnit.SECONDS);
    }
}
