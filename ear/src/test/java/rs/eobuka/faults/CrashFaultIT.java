package rs.eobuka.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;

/**
 * Crash under load: eight clients register new participants for one session while a
 * coordinator approves them, and the server is killed with SIGKILL at a random moment, then
 * started again. Every registration and approval the API acknowledged must be there exactly
 * once with its process; the engine's jobs the dead server had locked must run again within
 * their lock time; the outbox may send at most one e-mail twice (the one whose send the kill cut
 * between the SMTP server's answer and the commit).
 */
class CrashFaultIT {

    static final String SCENARIO = "crash under load";
    static final int CLIENTS = 8;
    /** The kill comes this long after the load began, at the least and at the most. */
    static final Duration EARLIEST_KILL = Duration.ofSeconds(20);
    /**
     * Between a second and this long before the kill, the session's timers are made due: the
     * engine takes them within its poll (at most 10 s) and runs some 3 a second under this load.
     */
    static final Duration TIMERS_DUE_BEFORE_KILL = Duration.ofSeconds(10);
    static final Duration LATEST_KILL = Duration.ofSeconds(40);
    static final Duration MAIL_DRAINED_BOUND = Duration.ofSeconds(120);

    record Acknowledged(long id, String participant) {
    }

    record LockedJob(String id, String owner, Timestamp lockExpires) {
    }

    @Test
    void shouldKeepEveryAcknowledgedRegistrationAndRunLockedJobsAgainAfterSigkill() throws Exception {
        // Given the running server and a published session with room for everyone
        FaultServer faults = FaultServer.running();
        ApiClient api = faults.api();
        ApiFixtures fixtures = new ApiFixtures(api);
        long session = fixtures.publishedSession(1000, null);
        ConcurrentLinkedQueue<Acknowledged> registered = new ConcurrentLinkedQueue<>();
        Set<Long> approved = ConcurrentHashMap.newKeySet();
        Set<String> recipients = ConcurrentHashMap.newKeySet();
        AtomicBoolean loading = new AtomicBoolean(true);
        long seed = System.nanoTime();
        Duration killAfter = EARLIEST_KILL.plusMillis(new Random(seed).nextLong(LATEST_KILL.minus(EARLIEST_KILL).toMillis()));
        Duration timersDueBefore = Duration.ofMillis(1000 + new Random(seed + 1).nextLong(TIMERS_DUE_BEFORE_KILL.toMillis() - 1000));
        int timersMadeDue;
        System.out.println("[faults] kill after " + killAfter.toMillis() + " ms of load, timers due " + timersDueBefore.toMillis()
                + " ms before it (seed " + seed + ")");

        // When eight clients register and a coordinator approves, and the server is killed with SIGKILL
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        Instant killed;
        List<LockedJob> lockedByDead;
        try {
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> register(api, fixtures, session, registered, recipients, loading));
            }
            clients.submit(() -> approve(api, fixtures, registered, approved, loading));
            // the registrations' timers (approval overdue, session reminder) fall due shortly
            // before the kill, so that the dead server may hold some of them
            Thread.sleep(killAfter.minus(timersDueBefore).toMillis());
            timersMadeDue = makeTimersDue(faults, session);
            Thread.sleep(timersDueBefore.toMillis());
            faults.process().killHard();
            killed = Instant.now();
        } finally {
            loading.set(false);
            clients.shutdown();
        }
        assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).as("clients ended with the server").isTrue();
        lockedByDead = lockedJobs(faults);
        assertThat(registered).as("registrations acknowledged before the kill").isNotEmpty();

        // Then the server starts again, ready only when it serves (FaultServer.start), and takes registrations
        Instant ready = faults.start("after SIGKILL");
        String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
        HttpResponse<String> after = fixtures.register(session, participant);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
        Instant serving = Instant.now();
        recipients.add(FaultServer.email(participant));

        // and every acknowledged registration is there once, in its process, approved ones confirmed
        List<String> lost = new ArrayList<>();
        try (Connection db = faults.connect()) {
            for (Acknowledged registration : registered) {
                String problem = check(db, registration.id(), approved.contains(registration.id()));
                if (problem != null) {
                    lost.add(registration.id() + ": " + problem);
                }
            }
        }

        // and the jobs the dead server held run again once their lock has expired
        Instant jobsDeadline = lockedByDead.stream().map(j -> j.lockExpires().toInstant()).max(Instant::compareTo).orElse(Instant.now())
                .plusSeconds(60);
        List<String> stillLocked = jobsStillLocked(faults, lockedByDead, jobsDeadline);
        long timersNotRun = awaitTimersRun(faults, session, Instant.now().plusSeconds(60));

        // and the outbox sends everything, at most one e-mail twice
        awaitOutboxDrained(faults, recipients);
        long twice = faults.mail().duplicates(recipients);
        List<String> unsent = unsent(faults, recipients);

        FaultReport.figure(SCENARIO, faults.database(), "clients", CLIENTS);
        FaultReport.figure(SCENARIO, faults.database(), "killed after load of, s", FaultServer.seconds(killAfter));
        FaultReport.figure(SCENARIO, faults.database(), "registrations acknowledged (201) before the kill", registered.size());
        FaultReport.figure(SCENARIO, faults.database(), "approvals acknowledged (200) before the kill", approved.size());
        FaultReport.figure(SCENARIO, faults.database(), "acknowledged writes lost or duplicated", lost.size());
        FaultReport.figure(SCENARIO, faults.database(), "time to recover: kill to ready, s", FaultServer.seconds(Duration.between(killed, ready)));
        FaultReport.figure(SCENARIO, faults.database(), "time to recover: kill to a registration served, s",
                FaultServer.seconds(Duration.between(killed, serving)));
        FaultReport.figure(SCENARIO, faults.database(), "timers made due before the kill", timersMadeDue);
        FaultReport.figure(SCENARIO, faults.database(), "of them not run after the restart", timersNotRun);
        FaultReport.figure(SCENARIO, faults.database(), "jobs locked by the dead server", lockedByDead.size());
        FaultReport.figure(SCENARIO, faults.database(), "of them not run again within their lock time", stillLocked.size());
        FaultReport.figure(SCENARIO, faults.database(), "e-mails sent", faults.mail().receivedBy(recipients).size() + twice);
        FaultReport.figure(SCENARIO, faults.database(), "e-mails sent twice", twice);
        FaultReport.figure(SCENARIO, faults.database(), "e-mails never sent", unsent.size());
        assertThat(lost).as("acknowledged registrations after SIGKILL").isEmpty();
        assertThat(stillLocked).as("jobs still held by the dead server after their lock expired").isEmpty();
        assertThat(timersNotRun).as("due timers that never ran").isZero();
        assertThat(twice).as("e-mails sent twice after one crash").isLessThanOrEqualTo(1);
        assertThat(unsent).as("e-mails not sent").isEmpty();
        faults.assertInvariants(SCENARIO);
    }

    /** One client: a new participant registers, again and again, until the server dies. */
    private static void register(ApiClient api, ApiFixtures fixtures, long session, ConcurrentLinkedQueue<Acknowledged> registered,
                                 Set<String> recipients, AtomicBoolean loading) {
        while (loading.get()) {
            try {
                String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
                recipients.add(FaultServer.email(participant));
                HttpResponse<String> response = fixtures.register(session, participant);
                if (response.statusCode() == 201) {
                    registered.add(new Acknowledged(ApiFixtures.Json.number(response.body(), "id"), participant));
                }
            } catch (IOException | AssertionError e) {
                return; // the server is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The coordinator approves every other acknowledged registration, until the server dies. */
    private static void approve(ApiClient api, ApiFixtures fixtures, ConcurrentLinkedQueue<Acknowledged> registered, Set<Long> approved,
                                AtomicBoolean loading) {
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        while (loading.get()) {
            try {
                List<Acknowledged> next = registered.stream().filter(r -> r.id() % 2 == 0 && seen.add(r.id())).toList();
                for (Acknowledged registration : next) {
                    String task = fixtures.taskOf("training-registration", registration.id(), ApiFixtures.REVIEWER);
                    HttpResponse<String> done = api.post("api/tasks/" + task + "/complete", ApiFixtures.REVIEWER, "{\"decision\":\"APPROVE\"}");
                    if (done.statusCode() == 200) {
                        approved.add(registration.id());
                    }
                }
                Thread.sleep(200);
            } catch (IOException | AssertionError e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** What is wrong with an acknowledged registration, or null. */
    private static String check(Connection db, long id, boolean approved) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select r.status, (select count(*) from act_ru_execution e"
                + " where e.id_ = r.process_instance_id and e.proc_inst_id_ = e.id_),"
                + " (select count(*) from registration o where o.session_id = r.session_id and o.account_id = r.account_id)"
                + " from registration r where r.id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return "missing";
                }
                String status = row.getString(1);
                if (row.getLong(2) != 1) {
                    return "no running process";
                }
                if (row.getLong(3) != 1) {
                    return row.getLong(3) + " registrations of the person";
                }
                String expected = approved ? "CONFIRMED" : null;
                if (expected != null && !expected.equals(status) || expected == null && !Set.of("PENDING_APPROVAL", "CONFIRMED").contains(status)) {
                    return "status " + status;
                }
                return null;
            }
        }
    }

    /**
     * Moves the due date of the session's registrations' waiting timers to a minute ago, as if
     * time had passed (optimistic lock bumped, so an engine holding the old row fails its update).
     */
    private static int makeTimersDue(FaultServer faults, long session) throws SQLException {
        try (Connection db = faults.connect(); PreparedStatement update = db.prepareStatement("update act_ru_job set duedate_ = ?,"
                + " rev_ = rev_ + 1 where type_ = 'timer' and lock_owner_ is null and process_instance_id_ in"
                + " (select process_instance_id from registration where session_id = ?)")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(60)));
            update.setLong(2, session);
            return update.executeUpdate();
        }
    }

    /** Waits until no timer of the session's registrations is due any more; returns how many still are. */
    private static long awaitTimersRun(FaultServer faults, long session, Instant deadline) throws Exception {
        while (true) {
            long due;
            try (Connection db = faults.connect(); PreparedStatement query = db.prepareStatement("select count(*) from act_ru_job"
                    + " where type_ = 'timer' and duedate_ < ? and process_instance_id_ in"
                    + " (select process_instance_id from registration where session_id = ?)")) {
                query.setTimestamp(1, Timestamp.from(Instant.now()));
                query.setLong(2, session);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    due = row.getLong(1);
                }
            }
            if (due == 0 || Instant.now().isAfter(deadline)) {
                return due;
            }
            Thread.sleep(1000);
        }
    }

    /** The engine's jobs locked at the moment of the kill (read while no server runs). */
    private static List<LockedJob> lockedJobs(FaultServer faults) throws SQLException {
        List<LockedJob> jobs = new ArrayList<>();
        try (Connection db = faults.connect(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select id_, lock_owner_, lock_exp_time_ from act_ru_job where lock_owner_ is not null")) {
            while (rows.next()) {
                jobs.add(new LockedJob(rows.getString(1), rows.getString(2), rows.getTimestamp(3)));
            }
        }
        return jobs;
    }

    /** The jobs of the dead server that, by the deadline, neither ran nor were taken by the new one. */
    private static List<String> jobsStillLocked(FaultServer faults, List<LockedJob> locked, Instant deadline) throws Exception {
        List<String> still = List.of();
        while (true) {
            try (Connection db = faults.connect(); Statement statement = db.createStatement()) {
                List<String> now = new ArrayList<>();
                for (LockedJob job : locked) {
                    try (ResultSet row = statement.executeQuery("select count(*) from act_ru_job where id_ = '" + job.id()
                            + "' and (lock_owner_ = '" + job.owner() + "' or retries_ = 0)")) {
                        row.next();
                        if (row.getLong(1) > 0) {
                            now.add(job.id());
                        }
                    }
                }
                still = now;
            }
            if (still.isEmpty() || Instant.now().isAfter(deadline)) {
                return still;
            }
            Thread.sleep(1000);
        }
    }

    private static void awaitOutboxDrained(FaultServer faults, Set<String> recipients) throws Exception {
        Instant deadline = Instant.now().plus(MAIL_DRAINED_BOUND);
        while (!unsent(faults, recipients).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
    }

    /** Outbox messages to these recipients not sent, or sent but never received. */
    private static List<String> unsent(FaultServer faults, Set<String> recipients) throws SQLException {
        Set<String> received = faults.mail().receivedBy(recipients).keySet().stream().map(m -> m.to() + " " + m.subject())
                .collect(Collectors.toSet());
        List<String> unsent = new ArrayList<>();
        try (Connection db = faults.connect(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select id, recipient, subject, status from outbox_message where recipient like 'itp-%'")) {
            while (rows.next()) {
                if (recipients.contains(rows.getString(2)) && !received.contains(rows.getString(2) + " " + rows.getString(3))) {
                    unsent.add(rows.getLong(1) + " " + rows.getString(4));
                }
            }
        }
        return unsent;
    }
}
