package rs.eobuka.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;
import rs.eobuka.testserver.ServerDatabase;
import rs.eobuka.testserver.ServerProcess;

/**
 * The server's own start-up and end, which the Arquillian tests never see: it starts the
 * provisioned WildFly as a child process (its own copy of {@code standalone/}, ports moved by
 * {@value #PORT_OFFSET}, a database of its own, so an Arquillian server may run alongside), and
 * deploys the EAR once the server runs, as the README's run command does ({@link ServerProcess}). In three starts:
 * stopped with SIGTERM in the middle of its first start-up, it ends within seconds and releases
 * the database; the next start answers no page or API call with a 5xx once readiness says UP;
 * killed with SIGKILL during concurrent registrations, it has every registration it had
 * acknowledged with 201, with its process, after the restart. A fourth start runs on a fresh
 * database restored from a backup of that one, by the server's own scripts, and has them all too.
 *
 * <p>On H2 the server runs with its default URL (its home directory moved under
 * {@code target/}), so the test holds the default to its durability; with
 * {@code it.db.driver=postgresql} it creates its own database next to {@code it.db.url}'s.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerLifecycleIT {

    static final int PORT_OFFSET = 300;
    static final List<String> PAGES = List.of("", "catalogue/index.xhtml", "login.xhtml", "api/municipalities");
    static final Duration STOP_BOUND = Duration.ofSeconds(30);
    static final int CLIENTS = 8;

    private static ServerProcess server;
    /** The registrations the server acknowledged before it was killed, found again after the restart. */
    private static List<Acknowledged> kept = List.of();

    @BeforeAll
    static void prepare() throws Exception {
        Path work = Path.of(System.getProperty("lifecycle.dir", "target/lifecycle")).toAbsolutePath();
        server = new ServerProcess(work, PORT_OFFSET, ServerDatabase.defaultUrlOr(work, "_lifecycle"),
                Map.of("EOBUKA_MAIL_TRANSPORT", "outbox"), List.of());
        server.database().create();
    }

    @AfterAll
    static void killServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void shouldStopWhileStartingBeReadyOnlyWhenServingAndKeepEveryAcknowledgedRegistration() throws Exception {
        // Given a first start (fresh database: migrations, engine schema, demo data) under way:
        // past the outbox timer's next tick after the migrations (a timer that fired during
        // start-up once kept a stopping server waiting for ever), or else while the demo accounts
        // are being written, before the last start-up singletons have run
        server.startAndDeploy();
        server.waitForLog("Database schema at version", ServerProcess.START_BOUND);
        long tick = System.currentTimeMillis() + 10_000 - (System.currentTimeMillis() % 10_000) + 1_500;
        while (System.currentTimeMillis() < tick && !server.log().contains("Demo account admin")) {
            Thread.sleep(50);
        }
        assertThat(server.log()).as("the stop must come in the middle of the start-up").doesNotContain("WFLYSRV0010");

        // When it is stopped with SIGTERM
        Instant stopped = Instant.now();
        ProcessHandle java = server.java();
        java.destroy();

        // Then it ends within seconds and releases the database
        boolean ended = java.onExit().thenApply(h -> true).completeOnTimeout(false, STOP_BOUND.toSeconds(), TimeUnit.SECONDS).get();
        assertThat(ended).as("WildFly ended within %s of SIGTERM during start-up (log: %s)", STOP_BOUND, server.logFile()).isTrue();
        server.launcher().waitFor(10, TimeUnit.SECONDS);
        System.out.println("stopped during start-up in " + Duration.between(stopped, Instant.now()).toMillis() + " ms");
        server.database().assertReleased();

        // Given the next start, polled from its first moment
        server.startAndDeploy();
        // Then from the moment readiness says UP every page and API call answers without a server error
        Instant up = server.awaitReadyWhileNoServerErrorsAfterUp(PAGES, 20);
        System.out.println("ready after " + Duration.between(up, Instant.now()).toMillis() + " ms of checks");

        // Given eight clients registering concurrently for a session
        ApiClient api = new ApiClient(server.http().toURL());
        ApiFixtures fixtures = new ApiFixtures(api);
        long session = fixtures.publishedSession(1000, null);
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> register(api, fixtures, session, acknowledged, loading));
            }
            // When the server is killed with SIGKILL in the middle of the load
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 120 && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            server.killHard();
        } finally {
            loading.set(false);
            clients.shutdown();
            clients.awaitTermination(90, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("registrations acknowledged before the kill").hasSizeGreaterThanOrEqualTo(50);

        // Then after the restart every acknowledged registration is there, waiting for approval in its process
        server.startAndDeploy();
        server.awaitReady();
        List<Long> lost = lost(api, fixtures, acknowledged);
        System.out.println(acknowledged.size() + " registrations acknowledged before SIGKILL, " + lost.size() + " lost");
        assertThat(lost).as("of %d acknowledged registrations, lost after SIGKILL", acknowledged.size()).isEmpty();
        kept = List.copyOf(acknowledged);
    }

    /**
     * The README's backup and restore, on the server the test above left running: the database
     * backed up with {@code bin/eobuka-backup.sh} (PostgreSQL while the server runs; H2, which
     * refuses while the server holds its file, once it has stopped), restored with
     * {@code bin/eobuka-restore.sh} into a fresh database, which a second restore will not
     * overwrite, and a server started on that.
     */
    @Test
    @Order(2)
    void shouldServeEveryRegistrationFromABackupRestoredIntoAFreshDatabase() throws Exception {
        assertThat(kept).as("registrations of the test above").isNotEmpty();
        Path backup = server.work().resolve("eobuka.backup");
        Map<String, String> original = server.database().scriptEnvironment();

        // When the database is backed up
        if (ServerDatabase.isPostgres()) {
            assertThat(server.runScript("eobuka-backup.sh", original, backup.toString())).as("backup while serving").isZero();
            server.stop();
        } else {
            assertThat(server.runScript("eobuka-backup.sh", original, backup.toString())).as("H2 backup while the server runs").isNotZero();
            assertThat(backup).doesNotExist();
            server.stop();
            assertThat(server.runScript("eobuka-backup.sh", original, backup.toString())).as("backup once stopped").isZero();
        }
        assertThat(backup).isNotEmptyFile();

        // and restored into a fresh database
        ServerDatabase fresh = ServerDatabase.defaultUrlOr(server.work().resolve("restored"), "_lifecycle_restored");
        fresh.create();
        assertThat(server.runScript("eobuka-restore.sh", fresh.scriptEnvironment(), backup.toString())).as("restore").isZero();
        assertThat(server.runScript("eobuka-restore.sh", fresh.scriptEnvironment(), backup.toString()))
                .as("a restore over a database that has data").isNotZero();

        // Then a server on the restored database has every registration, waiting in its process,
        // and each participant signs in with their password
        server.useDatabase(fresh, Map.of());
        server.startAndDeploy();
        server.awaitReady();
        ApiClient api = new ApiClient(server.http().toURL());
        List<Long> lost = lost(api, new ApiFixtures(api), kept);
        System.out.println(kept.size() + " registrations backed up, " + lost.size() + " missing after the restore");
        assertThat(lost).as("of %d registrations backed up, missing after the restore", kept.size()).isEmpty();
    }

    /** The registrations its participant cannot read, or that wait for no reviewer's task. */
    private static List<Long> lost(ApiClient api, ApiFixtures fixtures, Iterable<Acknowledged> registrations) throws Exception {
        List<Long> lost = new ArrayList<>();
        for (Acknowledged registration : registrations) {
            HttpResponse<String> found = api.get("api/registrations/" + registration.id(), registration.participant(), null);
            if (found.statusCode() != 200 || !fixtures.hasTask("training-registration", registration.id(), ApiFixtures.REVIEWER)) {
                lost.add(registration.id());
            }
        }
        return lost;
    }

    record Acknowledged(long id, String participant) {
    }

    /** One client: a new participant registers, again and again, until the server dies. */
    private static void register(ApiClient api, ApiFixtures fixtures, long session, ConcurrentLinkedQueue<Acknowledged> acknowledged,
                                 AtomicBoolean loading) {
        while (loading.get()) {
            try {
                String participant = fixtures.participant(ApiFixtures.KRAGUJEVAC, "LSGU");
                HttpResponse<String> response = fixtures.register(session, participant);
                if (response.statusCode() == 201) {
                    acknowledged.add(new Acknowledged(ApiFixtures.Json.number(response.body(), "id"), participant));
                }
            } catch (IOException | AssertionError e) {
                return; // the server is gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
