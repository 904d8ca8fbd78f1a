package rs.eobuka.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;
import rs.eobuka.testserver.ServerDatabase;

/**
 * PostgreSQL restarted under load ({@code pg_ctlcluster 15 main restart -m immediate},
 * or the command in {@code faults.db.restart}): the application recovers by itself, without a
 * redeploy or a restart of WildFly; the window in which requests failed is measured; no write the
 * API acknowledged is lost. Skipped on H2, which runs inside the server's own process.
 */
class DatabaseRestartFaultIT {

    static final String SCENARIO = "database restart";
    static final int CLIENTS = 4;
    static final Duration LOAD_BEFORE = Duration.ofSeconds(10);
    static final Duration LOAD_AFTER = Duration.ofSeconds(40);
    static final Duration RECOVERY_BOUND = Duration.ofSeconds(90);

    private static final Pattern ACTUAL_STATUS = Pattern.compile("but was: (\\d+)");

    record Outcome(Instant at, int status) {
    }

    @Test
    void shouldRecoverWithoutRedeployAndKeepEveryAcknowledgedWrite() throws Exception {
        assumeTrue(ServerDatabase.isPostgres(), "the database restart needs PostgreSQL (-Dit.db.driver=postgresql)");
        // Given the running server under the load of four registering clients
        FaultServer faults = FaultServer.running();
        ApiClient api = faults.api();
        ApiFixtures fixtures = new ApiFixtures(api);
        long session = fixtures.publishedSession(1000, null);
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        Map<Instant, Boolean> readiness = new ConcurrentHashMap<>();
        AtomicReference<Boolean> liveThroughout = new AtomicReference<>(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        Instant restarted;
        Instant restartDone;
        try {
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> register(fixtures, session, acknowledged, outcomes, loading));
            }
            clients.submit(() -> watchHealth(faults, readiness, liveThroughout, loading));
            Thread.sleep(LOAD_BEFORE.toMillis());

            // When PostgreSQL restarts in immediate mode (its clients' connections cut, no checkpoint)
            restarted = Instant.now();
            Process restart = new ProcessBuilder(System.getProperty("faults.db.restart", "pg_ctlcluster 15 main restart -m immediate")
                    .split(" ")).inheritIO().start();
            assertThat(restart.waitFor(60, TimeUnit.SECONDS)).as("the restart command ended").isTrue();
            assertThat(restart.exitValue()).as("the restart command's exit status").isZero();
            restartDone = Instant.now();
            Thread.sleep(LOAD_AFTER.toMillis());
        } finally {
            loading.set(false);
            clients.shutdown();
        }
        assertThat(clients.awaitTermination(120, TimeUnit.SECONDS)).isTrue();

        // Then the same deployment serves again, within the bound
        Instant deadline = Instant.now().plus(RECOVERY_BOUND);
        HttpResponse<String> after;
        do {
            String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
            after = fixtures.register(session, participant);
        } while (after.statusCode() != 201 && Instant.now().isBefore(deadline));
        assertThat(after.statusCode()).as("a registration after the restart: %s", after.body()).isEqualTo(201);
        assertThat(faults.process().isReady()).as("ready after the restart").isTrue();

        // and the failures fell in one window around the restart
        List<Outcome> failures = outcomes.stream().filter(o -> o.status() >= 500 || o.status() <= 0).toList();
        Map<Integer, Long> byStatus = new TreeMap<>();
        failures.forEach(f -> byStatus.merge(f.status(), 1L, Long::sum));
        Instant firstFailure = failures.stream().map(Outcome::at).min(Instant::compareTo).orElse(restarted);
        Instant lastFailure = failures.stream().map(Outcome::at).max(Instant::compareTo).orElse(restarted);
        Instant firstSuccessAfter = outcomes.stream().filter(o -> o.status() == 201 && o.at().isAfter(lastFailure))
                .map(Outcome::at).min(Instant::compareTo).orElse(Instant.now());
        Instant lastDown = readiness.entrySet().stream().filter(e -> !e.getValue() && e.getKey().isAfter(restarted))
                .map(Map.Entry::getKey).max(Instant::compareTo).orElse(null);
        Instant readyAgain = lastDown == null ? null : readiness.entrySet().stream().filter(e -> e.getValue() && e.getKey().isAfter(lastDown))
                .map(Map.Entry::getKey).min(Instant::compareTo).orElse(null);
        boolean wentDown = lastDown != null;

        // and every acknowledged registration is there with its process
        List<Long> lost = new ArrayList<>();
        try (Connection db = faults.connect();
             PreparedStatement query = db.prepareStatement("select count(*) from registration r join act_ru_execution e"
                     + " on e.id_ = r.process_instance_id and e.proc_inst_id_ = e.id_ where r.id = ?")) {
            for (long id : acknowledged) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getLong(1) != 1) {
                        lost.add(id);
                    }
                }
            }
        }

        FaultReport.figure(SCENARIO, faults.database(), "clients", CLIENTS);
        FaultReport.figure(SCENARIO, faults.database(), "restart command took, s", FaultServer.seconds(Duration.between(restarted, restartDone)));
        FaultReport.figure(SCENARIO, faults.database(), "client rounds (a new account, then its registration)", outcomes.size());
        FaultReport.figure(SCENARIO, faults.database(), "registrations acknowledged (201)", acknowledged.size());
        FaultReport.figure(SCENARIO, faults.database(), "failed requests (status: count; 0 = no answer)", failures.isEmpty() ? "none" : byStatus);
        FaultReport.figure(SCENARIO, faults.database(), "error window: first to last failure, s",
                failures.isEmpty() ? "0" : FaultServer.seconds(Duration.between(firstFailure, lastFailure)));
        FaultReport.figure(SCENARIO, faults.database(), "restart to the first registration served after the last failure, s",
                FaultServer.seconds(Duration.between(restarted, firstSuccessAfter)));
        FaultReport.figure(SCENARIO, faults.database(), "readiness went DOWN during the outage", wentDown);
        FaultReport.figure(SCENARIO, faults.database(), "restart to ready again after its last DOWN, s",
                readyAgain == null ? "-" : FaultServer.seconds(Duration.between(restarted, readyAgain)));
        FaultReport.figure(SCENARIO, faults.database(), "liveness UP throughout", liveThroughout.get());
        FaultReport.figure(SCENARIO, faults.database(), "acknowledged writes lost", lost.size());
        assertThat(lost).as("acknowledged registrations lost in the database restart").isEmpty();
        assertThat(byStatus).as("while the database is out of reach the API answers 503 with Retry-After, not 500").doesNotContainKey(500);
        assertThat(liveThroughout.get()).as("liveness stays UP: the process is fine, its database is not").isTrue();
        assertThat(Duration.between(restarted, firstSuccessAfter)).as("restart to serving again").isLessThan(RECOVERY_BOUND);
        faults.assertInvariants(SCENARIO);
    }

    /** One client: new participants register, again and again; every answer is kept with its time. */
    private static void register(ApiFixtures fixtures, long session, ConcurrentLinkedQueue<Long> acknowledged,
                                 ConcurrentLinkedQueue<Outcome> outcomes, AtomicBoolean loading) {
        while (loading.get()) {
            try {
                String participant;
                try {
                    participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
                } catch (AssertionError e) {
                    // the fixture asserts 201: its message ends "but was: <status>"
                    Matcher status = ACTUAL_STATUS.matcher(String.valueOf(e.getMessage()));
                    outcomes.add(new Outcome(Instant.now(), status.find() ? Integer.parseInt(status.group(1)) : -1));
                    Thread.sleep(200);
                    continue;
                }
                HttpResponse<String> response = fixtures.register(session, participant);
                outcomes.add(new Outcome(Instant.now(), response.statusCode()));
                if (response.statusCode() == 201) {
                    acknowledged.add(ApiFixtures.Json.number(response.body(), "id"));
                }
            } catch (IOException e) {
                outcomes.add(new Outcome(Instant.now(), 0));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void watchHealth(FaultServer faults, Map<Instant, Boolean> readiness, AtomicReference<Boolean> liveThroughout,
                                    AtomicBoolean loading) {
        while (loading.get()) {
            readiness.put(Instant.now(), faults.process().isReady());
            if (!faults.process().isLive()) {
                liveThroughout.set(false);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
