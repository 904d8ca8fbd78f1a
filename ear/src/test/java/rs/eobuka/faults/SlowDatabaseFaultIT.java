package rs.eobuka.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;

/**
 * A slow database: every round trip between the server and its database takes
 * {@value #DELAY_MILLIS} ms more ({@link DelayProxy}). Participants register, read their
 * registration, cancel it and read the catalogue, first with no delay, then with the delay, then
 * with the delay and three times as many clients as the pool has connections. Every call is
 * answered in time: served, or, when no connection is free within the pool's blocking timeout,
 * 503 problem+json with {@code Retry-After}; nothing hangs, nothing piles up, no 500, and every
 * acknowledged write is kept. When the delay ends the server serves as before, with no redeploy.
 */
class SlowDatabaseFaultIT {

    static final String SCENARIO = "slow database";
    static final long DELAY_MILLIS = 200;
    /** Connections in the pool for this scenario (EOBUKA_DB_POOL_SIZE), so that the overload exhausts it. */
    static final int POOL = 8;
    static final int CLIENTS = 4;
    static final int OVERLOAD_CLIENTS = 3 * POOL;
    static final Duration BASELINE = Duration.ofSeconds(30);
    static final Duration PHASE = Duration.ofSeconds(60);
    /**
     * Every call is answered within the clients' own timeout (ApiClient's 60 s): at +200 ms a call
     * takes its round trips times 0.2 s, plus at most 5 s waiting for a connection and 10 s for a
     * lock; a call that needs longer than the bound is a hang.
     */
    static final Duration ANSWER_BOUND = Duration.ofSeconds(60);

    /**
     * One call: what it was, its status (0: no answer within the client's 60 s), how long it took,
     * when its answer came, whether it was a problem+json with Retry-After, and a failure's body.
     */
    record Call(String kind, int status, long millis, Instant answered, boolean problemWithRetryAfter, String failure) {

        static boolean served(int status) {
            return status >= 200 && status <= 299;
        }

        boolean served() {
            return served(status);
        }
    }

    /** A phase's calls, and the registrations it acknowledged (201) and cancelled (200). */
    record Phase(String name, int clients, List<Call> calls, List<Long> acknowledged, List<Long> cancelled) {

        List<Call> failures() {
            return calls.stream().filter(c -> !c.served()).toList();
        }

        Map<Integer, Long> failuresByStatus() {
            return failures().stream().collect(Collectors.groupingBy(Call::status, TreeMap::new, Collectors.counting()));
        }

        long percentile(String kind, double p) {
            List<Long> millis = calls.stream().filter(c -> c.served() && (kind == null || kind.equals(c.kind())))
                    .map(Call::millis).sorted().toList();
            return millis.isEmpty() ? -1 : millis.get(Math.min(millis.size() - 1, (int) Math.ceil(p * millis.size()) - 1));
        }

        long slowest() {
            return calls.stream().mapToLong(Call::millis).max().orElse(0);
        }
    }

    @Test
    void shouldAnswerEveryCallInTimeAndKeepEveryAcknowledgedWrite() throws Exception {
        // Given the server restarted with a delay proxy between it and its database, and a small pool
        FaultServer faults = FaultServer.running();
        ProxiedDatabase database = faults.restartThroughProxy(Map.of("EOBUKA_DB_POOL_SIZE", String.valueOf(POOL)),
                "through a delay proxy, a pool of " + POOL);
        ApiClient api = faults.api();
        ApiFixtures fixtures = new ApiFixtures(api);
        // each participant registers for a session of their own: registrations for one session queue on its row lock
        // (held to the commit), which is another matter than a slow database and would hide what the pool does
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < OVERLOAD_CLIENTS; i++) {
            seats.add(new Seat(fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU"), fixtures.publishedSession(10, null)));
        }

        // When they work with no delay, then with the delay, then with the delay and three clients per connection
        long requestsBefore = database.proxy().requests();
        Phase baseline = run("no delay", api, seats.subList(0, CLIENTS), BASELINE);
        double roundTripsPerCall = (database.proxy().requests() - requestsBefore) / (double) baseline.calls().size();
        database.proxy().roundTripDelay(Duration.ofMillis(DELAY_MILLIS));
        Phase slow = run("+" + DELAY_MILLIS + " ms", api, seats.subList(0, CLIENTS), PHASE);
        Phase overload = run("+" + DELAY_MILLIS + " ms, " + OVERLOAD_CLIENTS + " clients", api, seats, PHASE);

        // and the delay ends
        database.proxy().roundTripDelay(Duration.ZERO);
        Instant ended = Instant.now();
        Phase after = run("delay over", api, seats.subList(0, CLIENTS), BASELINE);
        Instant firstServed = after.calls().stream().filter(Call::served).map(Call::answered)
                .min(Instant::compareTo).orElse(Instant.now());

        List<Phase> phases = List.of(baseline, slow, overload, after);
        for (Phase phase : phases) {
            String name = phase.name() + " (" + phase.clients() + " clients)";
            FaultReport.figure(SCENARIO, faults.database(), name + ": calls", phase.calls().size());
            FaultReport.figure(SCENARIO, faults.database(), name + ": p50 / p95 of all calls served, ms",
                    phase.percentile(null, 0.5) + " / " + phase.percentile(null, 0.95));
            FaultReport.figure(SCENARIO, faults.database(), name + ": p95 of registrations served, ms", phase.percentile("register", 0.95));
            FaultReport.figure(SCENARIO, faults.database(), name + ": slowest call, ms", phase.slowest());
            FaultReport.figure(SCENARIO, faults.database(), name + ": failed calls (status: count)",
                    phase.failures().isEmpty() ? "none" : phase.failuresByStatus());
        }
        FaultReport.figure(SCENARIO, faults.database(), "database round trips per API call, with no delay (the background work's included)",
                String.format(Locale.ROOT, "%.0f", roundTripsPerCall));
        FaultReport.figure(SCENARIO, faults.database(), "connections the proxy carried (the pool's, the test's own go around it)",
                database.proxy().connections());

        // Then every call was answered in time, and every failure was a 503 problem with Retry-After
        for (Phase phase : phases) {
            assertThat(phase.slowest()).as("the slowest call of '%s', ms", phase.name()).isLessThan(ANSWER_BOUND.toMillis());
            assertThat(phase.failures()).as("failures of '%s': only 503 problem+json with Retry-After", phase.name())
                    .allSatisfy(call -> {
                        assertThat(call.status()).isEqualTo(503);
                        assertThat(call.problemWithRetryAfter()).isTrue();
                    });
        }
        // and the overload did exhaust the pool: otherwise the scenario proved nothing about it
        assertThat(overload.failuresByStatus()).as("the overload ran out of connections").containsKey(503);
        // and once the delay was over, everything was served again
        assertThat(after.failures()).as("calls once the delay was over").isEmpty();
        assertThat(faults.process().isReady()).as("ready after the delay").isTrue();
        FaultReport.figure(SCENARIO, faults.database(), "delay over to the first call served, s",
                FaultServer.seconds(Duration.between(ended, firstServed)));

        // and every acknowledged registration is kept, cancelled exactly when its cancellation was acknowledged
        List<Long> acknowledged = phases.stream().flatMap(p -> p.acknowledged().stream()).toList();
        List<Long> cancelled = phases.stream().flatMap(p -> p.cancelled().stream()).toList();
        List<String> lost = new ArrayList<>();
        try (Connection db = faults.connect();
             PreparedStatement query = db.prepareStatement("select status from registration where id = ?")) {
            for (long id : acknowledged) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    String status = row.next() ? row.getString(1) : "missing";
                    boolean cancelAcknowledged = cancelled.contains(id);
                    if ("missing".equals(status) || cancelAcknowledged != "CANCELLED".equals(status)) {
                        lost.add(id + " " + status + (cancelAcknowledged ? " (cancel acknowledged)" : ""));
                    }
                }
            }
        }
        FaultReport.figure(SCENARIO, faults.database(), "registrations acknowledged (201) / cancellations acknowledged (200)",
                acknowledged.size() + " / " + cancelled.size());
        FaultReport.figure(SCENARIO, faults.database(), "acknowledged writes lost", lost.size());
        assertThat(lost).as("acknowledged writes not as acknowledged").isEmpty();
        faults.assertInvariants(SCENARIO);
    }

    /** A participant ({@code user:password}) and the session they register for. */
    record Seat(String participant, long session) {
    }

    /** One client per seat, for {@code length}; returns every call they made. */
    private static Phase run(String name, ApiClient api, List<Seat> seats, Duration length) throws Exception {
        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<Long> cancelled = Collections.synchronizedList(new ArrayList<>());
        Instant end = Instant.now().plus(length);
        ExecutorService clients = Executors.newFixedThreadPool(seats.size());
        Map<String, Throwable> crashed = new ConcurrentHashMap<>();
        for (Seat seat : seats) {
            clients.submit(() -> {
                try {
                    new Client(api, seat.session(), seat.participant(), calls, acknowledged, cancelled).workUntil(end);
                } catch (Exception | AssertionError e) {
                    crashed.put(seat.participant(), e);
                }
            });
        }
        clients.shutdown();
        boolean ended = clients.awaitTermination(length.plus(ANSWER_BOUND).plusMinutes(3).toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            FaultServer.running().dumpThreads("slow-database");
            calls.stream().filter(c -> c.answered().isAfter(end)).limit(20).forEach(c -> System.out.println("[faults] after the end: " + c));
        }
        assertThat(ended).as("the clients of '%s' ended", name).isTrue();
        assertThat(crashed).as("clients of '%s' that stopped", name).isEmpty();
        List<Call> ordered = new ArrayList<>(calls);
        return new Phase(name, seats.size(), ordered, List.copyOf(acknowledged), List.copyOf(cancelled));
    }

    /**
     * One participant, round after round: registers for their session, reads the registration,
     * cancels it, reads the catalogue. A registration whose cancellation failed is cancelled before
     * the next registration, so every round starts with none.
     */
    private record Client(ApiClient api, long session, String participant, ConcurrentLinkedQueue<Call> calls, List<Long> acknowledged,
                          List<Long> cancelled) {

        /** Works until {@code end}, then only cancels what it still holds, so the next phase starts with nothing. */
        void workUntil(Instant end) throws InterruptedException {
            Long open = null;
            while (Instant.now().isBefore(end) || open != null) {
                if (open == null) {
                    HttpResponse<String> registered = call("register", () -> api.post("api/sessions/" + session + "/registrations", participant, ApiFixtures.CONSENT));
                    if (registered != null && registered.statusCode() == 201) {
                        open = ApiFixtures.Json.number(registered.body(), "id");
                        acknowledged.add(open);
                        long id = open;
                        call("read registration", () -> api.get("api/registrations/" + id, participant, null));
                    }
                }
                if (open != null) {
                    long id = open;
                    HttpResponse<String> cancel = call("cancel", () -> api.delete("api/registrations/" + id, participant));
                    if (cancel != null && cancel.statusCode() == 200) {
                        cancelled.add(open);
                        open = null;
                    }
                }
                if (Instant.now().isBefore(end)) {
                    call("catalogue", () -> api.get("api/trainings?max=20", null, null));
                }
            }
        }

        private interface Request {
            HttpResponse<String> send() throws IOException, InterruptedException;
        }

        private HttpResponse<String> call(String kind, Request request) throws InterruptedException {
            long started = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = request.send();
            } catch (IOException e) {
                calls.add(new Call(kind, 0, (System.nanoTime() - started) / 1_000_000, Instant.now(), false, e.toString()));
                return null;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                    && response.headers().firstValue("Retry-After").isPresent();
            boolean served = Call.served(response.statusCode());
            calls.add(new Call(kind, response.statusCode(), millis, Instant.now(), problem, served ? "" : response.body()));
            if (response.statusCode() == 503) {
                // as a client should: wait as long as the server asks, then go on
                Thread.sleep(Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")) * 1000);
            }
            return response;
        }
    }
}
