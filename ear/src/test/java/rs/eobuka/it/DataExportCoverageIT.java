package rs.eobuka.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rs.eobuka.account.Account;
import rs.eobuka.account.ErasureRequest;
import rs.eobuka.account.ErasureService;
import rs.eobuka.account.RoleRequest;
import rs.eobuka.account.RoleRequestService;
import rs.eobuka.booking.DateWindow;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.privacy.AccessKind;
import rs.eobuka.platform.privacy.AccessLog;
import rs.eobuka.platform.privacy.ConsentPurpose;
import rs.eobuka.platform.privacy.ConsentService;
import rs.eobuka.platform.privacy.DataCategory;
import rs.eobuka.platform.privacy.DataSubject;
import rs.eobuka.platform.privacy.PersonalColumnEntry;
import rs.eobuka.platform.privacy.ProcessingRecord;
import rs.eobuka.platform.privacy.SubjectDataExport;
import rs.eobuka.platform.privacy.SubjectKey;
import rs.eobuka.platform.security.Role;
import rs.eobuka.platform.time.SerbianTime;
import rs.eobuka.registration.RegistrationService;
import rs.eobuka.session.SessionApprovalService;
import rs.eobuka.session.Topic;
import rs.eobuka.session.TrainingSession;
import rs.eobuka.workshop.ChecklistItem;
import rs.eobuka.workshop.WorkshopRequest;
import rs.eobuka.workshop.WorkshopRequestDetails;
import rs.eobuka.workshop.WorkshopRequestService;

/**
 * The export of a person's data misses no column of the registry: for every key column the
 * registry names (an account id, a user name, an address), a person the database holds such a
 * row for is exported, and the export has that table with every registry column of it (a
 * credential named as withheld), and the history of their processes from the engine's tables.
 * The database holds the demo data, and the test writes what only later steps of the workflows
 * write, so every key column names someone.
 */
@ExtendWith(ArquillianExtension.class)
class DataExportCoverageIT {

    @Inject
    ServiceFixtures fixtures;

    @Inject
    ProcessingRecord record;

    @Inject
    SubjectDataExport export;

    @Resource(lookup = "java:jboss/datasources/EobukaDS")
    DataSource dataSource;

    @Inject
    TaskService tasks;

    @Inject
    RoleRequestService roleRequests;

    @Inject
    WorkshopRequestService workshops;

    @Inject
    ErasureService erasures;

    @Inject
    AccessLog accessLog;

    @Inject
    ConsentService consents;

    @Inject
    RegistrationService registrations;

    @Inject
    SessionApprovalService sessionApprovals;

    @Test
    void shouldExportEveryRegistryColumnOfEveryTableThatHoldsSomeonesData() throws Exception {
        // Given, besides the demo data, the rows only later steps of the workflows write
        seedWhatTheDemoDataLacks();
        Map<String, List<PersonalColumnEntry>> byTable = record.registry().entries().stream()
                .collect(Collectors.groupingBy(PersonalColumnEntry::table, TreeMap::new, Collectors.toList()));
        List<String> withoutAnyone = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean someHistory = false;
        for (Map.Entry<String, List<PersonalColumnEntry>> table : byTable.entrySet()) {
            for (PersonalColumnEntry key : table.getValue()) {
                if (key.key() == SubjectKey.NONE) {
                    continue;
                }
                // Given a person the table holds a row for under this key
                Optional<DataSubject> subject = someoneIn(key);
                if (subject.isEmpty()) {
                    withoutAnyone.add(key.qualifiedName());
                    continue;
                }

                // When their data is exported
                JsonObject exported = export.export(subject.get());

                // Then the table is there, with every registry column of it
                JsonArray rows = exported.getJsonObject("tables").getJsonArray(table.getKey());
                if (rows == null || rows.isEmpty()) {
                    missing.add(key.qualifiedName() + ": no rows for " + subject.get().username());
                    continue;
                }
                JsonObject row = rows.getJsonObject(0);
                for (PersonalColumnEntry column : table.getValue()) {
                    boolean shown = column.category() == DataCategory.CREDENTIALS
                            ? row.containsKey("_withheld") && row.getJsonArray("_withheld").contains(jsonString(column.column()))
                            : row.containsKey(column.column());
                    if (!shown) {
                        missing.add(column.qualifiedName() + " (found by " + key.column() + ")");
                    }
                }
                someHistory |= !exported.getJsonArray("processHistory").isEmpty();
            }
        }
        assertThat(missing).as("registry columns the export left out").isEmpty();
        assertThat(withoutAnyone).as("key columns no row of the test database fills").isEmpty();
        assertThat(someHistory).as("some export carries the engine's history of the person's processes").isTrue();
    }

    /**
     * A decided role request, a workshop request reported on and withdrawn with a checklist
     * tick, a named feedback answer, a view in the access log, consents, a declined request to be
     * forgotten, an entrant with an account, a registration active and one cancelled, a session
     * cancelled: each by a
     * person of its own, so the export of that person has the row.
     */
    private void seedWhatTheDemoDataLacks() throws Exception {
        Account requester = fixtures.participant();
        RoleRequest roleRequest = roleRequests.request(requester.getUsername(), Role.EVALUATOR, "Pratim obuke u upravi.");
        Task review = tasks.createTaskQuery().processInstanceId(roleRequest.getProcessInstanceId()).singleResult();
        roleRequests.decide(review.getId(), "admin", false, "Uloga nije potrebna.");

        Account official = fixtures.participant();
        LocalDate inAMonth = SerbianTime.now().toLocalDate().plusMonths(1);
        WorkshopRequest workshop = workshops.submit(new WorkshopRequestDetails(Topic.E_PAY, "70645", "Gradska uprava Kragujevac", 20,
                List.of(new DateWindow(inAMonth, inAMonth.plusDays(5))), null, "Kancelarija 12", null, false), official.getUsername());
        execute("update workshop_request set reported_by = ?, withdrawn_by = ? where id = ?", "organizer", "organizer", workshop.getId());
        execute("insert into workshop_checklist_tick (request_id, item, ticked_by, ticked_at) values (?, ?, ?, ?)", workshop.getId(),
                ChecklistItem.VENUE_CONFIRMED.name(), "organizer", Timestamp.from(Instant.now()));

        Account respondent = fixtures.participant();
        execute("update feedback_response set respondent_account_id = ? where id = (select min(id) from feedback_response)",
                respondent.getId());

        Account viewer = fixtures.participant();
        accessLog.record(viewer.getUsername(), AccessKind.DATA_EXPORT, "account:" + viewer.getId());
        consents.give(ConsentPurpose.SIGN_UP, viewer.getId(), null, Language.SR_LATN, null);
        ErasureRequest erasure = erasures.request(viewer.getUsername());
        Task erasureReview = tasks.createTaskQuery().processInstanceId(erasure.getProcessInstanceId()).singleResult();
        erasures.decide(erasureReview.getId(), "admin", false, "Vaša prijava za obuku je u toku.");

        // an entrant who also has an account, with the consent of their entry; a questionnaire of the demo evaluator
        Account entrant = fixtures.participant();
        execute("update competition_entry set email = ? where id = (select min(id) from competition_entry)", entrant.getEmail());
        consents.give(ConsentPurpose.COMPETITION_ENTRY, null, entrant.getEmail(), Language.SR_LATN, "entry:0");
        execute("update questionnaire set created_by = ? where id = (select min(id) from questionnaire)", "evaluator");

        // a registration still active, and one its owner cancelled
        TrainingSession session = fixtures.publishedSession(5);
        registrations.register(session.getId(), fixtures.participant().getUsername(), true);
        Account cancelling = fixtures.participant();
        registrations.cancel(registrations.register(session.getId(), cancelling.getUsername(), true).getId(), cancelling.getUsername(), false);

        // a session an organizer cancelled
        sessionApprovals.cancel(fixtures.publishedSession(5).getId(), ServiceFixtures.PROPOSER, "Sala nije dostupna.");
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    /** Someone with an account whose row in the key's table the key names. */
    private Optional<DataSubject> someoneIn(PersonalColumnEntry key) throws SQLException {
        String match = switch (key.key()) {
            case ACCOUNT_ID -> "a.id = t." + key.column();
            case USERNAME -> "a.username = t." + key.column();
            case EMAIL -> "lower(a.email) = lower(t." + key.column() + ")";
            case NONE -> throw new IllegalArgumentException(key.qualifiedName());
        };
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select a.id, a.username, a.email from account a join "
                     + key.table() + " t on " + match + " order by a.id")) {
            select.setMaxRows(1);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(new DataSubject(result.getLong(1), result.getString(2), result.getString(3)))
                        : Optional.empty();
            }
        }
    }

    private static JsonValue jsonString(String text) {
        return jakarta.json.Json.createValue(text);
    }
}
