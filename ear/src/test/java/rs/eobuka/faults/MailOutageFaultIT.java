package rs.eobuka.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;

/**
 * The mail server down for longer than the outbox's whole retry cycle, then up.
 * While it is down, participants register and are approved (the e-mails they cause go to the
 * outbox). The retry cycle (eight attempts, backing off from 30 seconds to an hour, about
 * 64 minutes) is run in minutes: the suite moves each waiting message's next attempt to now,
 * so every dispatcher tick (10 s) is one attempt. Messages that ran out of attempts must be
 * shown to the admin as failed and go out after one resend click each on the admin's outbox
 * page; messages still retrying must go out by themselves; every one exactly once.
 */
class MailOutageFaultIT {

    static final String SCENARIO = "mail server down";
    static final int EXHAUSTED = 4;
    static final int RETRYING = 3;
    static final Duration CYCLE_BOUND = Duration.ofSeconds(300);
    static final Duration DELIVERY_BOUND = Duration.ofSeconds(240);

    @Test
    void shouldDeliverEveryMessageExactlyOnceAfterAnOutageLongerThanTheRetryCycle() throws Exception {
        // Given the running server and its mail server down
        FaultServer faults = FaultServer.running();
        ApiClient api = faults.api();
        ApiFixtures fixtures = new ApiFixtures(api);
        long session = fixtures.publishedSession(100, null);
        faults.mail().stop();
        Instant down = Instant.now();
        List<String> userErrors = new ArrayList<>();

        // When participants register and are approved while it is down, and the retry cycle runs out
        Set<String> exhausted = registerAndApprove(api, fixtures, session, EXHAUSTED, userErrors);
        awaitMessages(faults, exhausted, "status = 'PENDING' and attempts > 0");
        Instant cycle = Instant.now();
        while (!allMessages(faults, exhausted, "status = 'FAILED'")) {
            assertThat(Instant.now()).as("the retry cycle ran out within %s", CYCLE_BOUND).isBefore(cycle.plus(CYCLE_BOUND));
            try (Connection db = faults.connect(); Statement statement = db.createStatement()) {
                statement.executeUpdate("update outbox_message set next_attempt_at = created_at where status = 'PENDING' and recipient in ("
                        + quoted(exhausted) + ")");
            }
            Thread.sleep(2000);
        }
        Duration cycleRun = Duration.between(cycle, Instant.now());
        long attempts = single(faults, "select min(attempts) from outbox_message where recipient in (" + quoted(exhausted) + ")");
        long failed = single(faults, "select count(*) from outbox_message where status = 'FAILED' and recipient in (" + quoted(exhausted) + ")");
        // and more mail waits, not yet given up, when it comes back
        Set<String> retrying = registerAndApprove(api, fixtures, session, RETRYING, userErrors);
        awaitMessages(faults, retrying, "status = 'PENDING' and attempts > 0");

        // Then the admin sees the failed messages
        AdminOutboxPage page = new AdminOutboxPage(faults.process().http()).openFailed();
        for (String recipient : exhausted) {
            assertThat(page.shown()).as("the admin's failed messages").contains(recipient);
        }

        // and once the mail server is up, one click each sends them, and the rest go by themselves
        faults.mail().start();
        Instant up = Instant.now();
        int clicks = 0;
        while (page.hasResend() && clicks <= failed) {
            page.resendFirst();
            clicks++;
        }
        Set<String> everyone = new HashSet<>(exhausted);
        everyone.addAll(retrying);
        Instant deadline = up.plus(DELIVERY_BOUND);
        while (!allMessages(faults, everyone, "status = 'SENT'") && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        Duration delivering = Duration.between(up, Instant.now());
        long messages = single(faults, "select count(*) from outbox_message where recipient in (" + quoted(everyone) + ")");
        Map<MailCatcher.Mail, Long> received = faults.mail().receivedBy(everyone);
        long twice = faults.mail().duplicates(everyone);
        long notSent = single(faults, "select count(*) from outbox_message where status <> 'SENT' and recipient in (" + quoted(everyone) + ")");

        FaultReport.figure(SCENARIO, faults.database(), "mail server down, s", FaultServer.seconds(Duration.between(down, up)));
        FaultReport.figure(SCENARIO, faults.database(), "retry cycle run (8 attempts, normally about 64 min), s", FaultServer.seconds(cycleRun));
        FaultReport.figure(SCENARIO, faults.database(), "attempts before a message failed", attempts);
        FaultReport.figure(SCENARIO, faults.database(), "messages failed, shown to the admin", failed);
        FaultReport.figure(SCENARIO, faults.database(), "admin's resend clicks", clicks);
        FaultReport.figure(SCENARIO, faults.database(), "messages still retrying when it came back", messages - failed);
        FaultReport.figure(SCENARIO, faults.database(), "messages in all", messages);
        FaultReport.figure(SCENARIO, faults.database(), "delivered", received.size());
        FaultReport.figure(SCENARIO, faults.database(), "delivered twice", twice);
        FaultReport.figure(SCENARIO, faults.database(), "lost (not sent)", notSent);
        FaultReport.figure(SCENARIO, faults.database(), "mail server up to all delivered, s", FaultServer.seconds(delivering));
        FaultReport.figure(SCENARIO, faults.database(), "errors users saw", userErrors.size());
        assertThat(userErrors).as("what users saw while the mail server was down").isEmpty();
        assertThat(attempts).as("attempts before giving up").isEqualTo(8);
        assertThat(clicks).as("one resend click per failed message").isEqualTo(failed);
        assertThat(notSent).as("messages not sent").isZero();
        assertThat(received).as("every message delivered").hasSize((int) messages);
        assertThat(twice).as("messages delivered twice").isZero();
        faults.assertInvariants(SCENARIO);
    }

    /** New participants register and are approved by the coordinator; returns their addresses. */
    private static Set<String> registerAndApprove(ApiClient api, ApiFixtures fixtures, long session, int count, List<String> userErrors)
            throws Exception {
        Set<String> addresses = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
            addresses.add(FaultServer.email(participant));
            HttpResponse<String> registered = fixtures.register(session, participant);
            if (registered.statusCode() != 201) {
                userErrors.add("registration: " + registered.statusCode() + " " + registered.body());
                continue;
            }
            long id = ApiFixtures.Json.number(registered.body(), "id");
            String task = fixtures.taskOf("training-registration", id, ApiFixtures.REVIEWER);
            HttpResponse<String> approved = api.post("api/tasks/" + task + "/complete", ApiFixtures.REVIEWER, "{\"decision\":\"APPROVE\"}");
            if (approved.statusCode() != 200) {
                userErrors.add("approval: " + approved.statusCode() + " " + approved.body());
            }
            HttpResponse<String> seen = api.get("api/registrations/" + id, participant, null);
            if (seen.statusCode() != 200 || !"CONFIRMED".equals(ApiFixtures.Json.first(seen.body(), "status"))) {
                userErrors.add("registration as its owner sees it: " + seen.statusCode() + " " + seen.body());
            }
        }
        return addresses;
    }

    /** Waits until these recipients have messages and all of them match {@code condition}. */
    private static void awaitMessages(FaultServer faults, Set<String> recipients, String condition) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (!allMessages(faults, recipients, condition)) {
            assertThat(Instant.now()).as("messages to %s where %s", recipients, condition).isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    private static boolean allMessages(FaultServer faults, Set<String> recipients, String condition) throws SQLException {
        String to = "recipient in (" + quoted(recipients) + ")";
        return single(faults, "select count(*) from outbox_message where " + to) > 0
                && single(faults, "select count(*) from outbox_message where " + to + " and not (" + condition + ")") == 0;
    }

    private static long single(FaultServer faults, String sql) throws SQLException {
        try (Connection db = faults.connect(); Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String quoted(Set<String> values) {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }
}
