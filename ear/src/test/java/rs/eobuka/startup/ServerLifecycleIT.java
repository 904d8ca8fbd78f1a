package rs.eobuka.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;

/**
 * The server's own start-up and end, which the Arquillian tests never see: it starts the
 * provisioned WildFly as a child process (its own copy of {@code standalone/}, ports moved by
 * {@value #PORT_OFFSET}, a database of its own, so an Arquillian server may run alongside), and
 * deploys the EAR once the server runs, as the README's run command does. In three starts:
 * stopped with SIGTERM in the middle of its first start-up, it ends within seconds and releases
 * the database; the next start answers no page or API call with a 5xx once readiness says UP;
 * killed with SIGKILL during concurrent registrations, it has every registration it had
 * acknowledged with 201, with its process, after the restart.
 *
 * <p>On H2 the server runs with its default URL (its home directory moved under
 * {@code target/}), so the test holds the default to its durability; with
 * {@code it.db.driver=postgresql} it creates its own database next to {@code it.db.url}'s.
 */
class ServerLifecycleIT {

    static final int PORT_OFFSET = 300;
    static final URI HTTP = URI.create("http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/");
    static final URI READY = URI.create("http://127.0.0.1:" + (9990 + PORT_OFFSET) + "/health/ready");
    static final List<String> PAGES = List.of("", "catalogue/index.xhtml", "login.xhtml", "api/municipalities");
    static final Duration STOP_BOUND = Duration.ofSeconds(30);
    static final Duration START_BOUND = Duration.ofSeconds(300);
    static final int CLIENTS = 8;

    private static final HttpClient HTTP_CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path work;
    private static Path baseDir;
    private static Database database;
    private static Process server;
    private static int starts;

    @BeforeAll
    static void prepare() throws Exception {
        work = Path.of(System.getProperty("lifecycle.dir", "target/lifecycle")).toAbsolutePath();
        deleteTree(work);
        baseDir = work.resolve("standalone");
        copyTree(Path.of(System.getProperty("jboss.home")).resolve("standalone"), baseDir);
        try (Stream<Path> deployed = Files.list(baseDir.resolve("deployments"))) {
            for (Path file : deployed.filter(f -> f.getFileName().toString().contains(".ear")).toList()) {
                Files.delete(file);
            }
        }
        database = Database.of(work);
        database.create();
    }

    @AfterAll
    static void killServer() {
        kill(server);
    }

    @Test
    void shouldStopWhileStartingBeReadyOnlyWhenServingAndKeepEveryAcknowledgedRegistration() throws Exception {
        // Given a first start (fresh database: migrations, engine schema, demo data) under way:
        // past the outbox timer's next tick after the migrations (a timer that fired during
        // start-up once kept a stopping server waiting for ever), or else while the demo accounts
        // are being written, before the last start-up singletons have run
        startAndDeploy();
        waitForLog("Database schema at version", START_BOUND);
        long tick = System.currentTimeMillis() + 10_000 - (System.currentTimeMillis() % 10_000) + 1_500;
        while (System.currentTimeMillis() < tick && !log().contains("Demo account admin")) {
            Thread.sleep(50);
        }
        assertThat(log()).as("the stop must come in the middle of the start-up").doesNotContain("WFLYSRV0010");

        // When it is stopped with SIGTERM
        Instant stopped = Instant.now();
        ProcessHandle java = javaOf(server);
        java.destroy();

        // Then it ends within seconds and releases the database
        boolean ended = java.onExit().thenApply(h -> true).completeOnTimeout(false, STOP_BOUND.toSeconds(), TimeUnit.SECONDS).get();
        assertThat(ended).as("WildFly ended within %s of SIGTERM during start-up (log: %s)", STOP_BOUND, logFile()).isTrue();
        server.waitFor(10, TimeUnit.SECONDS);
        System.out.println("stopped during start-up in " + Duration.between(stopped, Instant.now()).toMillis() + " ms");
        database.assertReleased();

        // Given the next start, polled from its first moment
        startAndDeploy();
        // Then from the moment readiness says UP every page and API call answers without a server error
        Instant up = awaitReadyWhileNoServerErrorsAfterUp();
        System.out.println("ready after " + Duration.between(up, Instant.now()).toMillis() + " ms of checks");

        // Given eight clients registering concurrently for a session
        ApiClient api = new ApiClient(HTTP.toURL());
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
            javaOf(server).destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        } finally {
            loading.set(false);
            clients.shutdown();
            clients.awaitTermination(90, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("registrations acknowledged before the kill").hasSizeGreaterThanOrEqualTo(50);

        // Then after the restart every acknowledged registration is there, waiting for approval in its process
        startAndDeploy();
        awaitReady();
        List<Long> lost = new ArrayList<>();
        for (Acknowledged registration : acknowledged) {
            HttpResponse<String> found = api.get("api/registrations/" + registration.id(), registration.participant(), null);
            if (found.statusCode() != 200 || !fixtures.hasTask("training-registration", registration.id(), ApiFixtures.REVIEWER)) {
                lost.add(registration.id());
            }
        }
        System.out.println(acknowledged.size() + " registrations acknowledged before SIGKILL, " + lost.size() + " lost");
        assertThat(lost).as("of %d acknowledged registrations, lost after SIGKILL", acknowledged.size()).isEmpty();
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

    private static void startAndDeploy() throws Exception {
        starts++;
        // the previous start's EAR would be deployed during boot, before management answers
        Path deployments = baseDir.resolve("deployments");
        for (String marker : List.of("eobuka.ear", "eobuka.ear.deployed", "eobuka.ear.failed", "eobuka.ear.undeployed")) {
            Files.deleteIfExists(deployments.resolve(marker));
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("jboss.home"), "bin", "standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                "-Deobuka.demo.switch=true"));
        command.addAll(database.serverArguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile().toFile());
        Map<String, String> env = builder.environment();
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
        env.put("EOBUKA_MAIL_TRANSPORT", "outbox");
        env.remove("EOBUKA_DB_URL");
        server = builder.start();
        // the README's run command deploys once the server runs; the scanner does the same
        awaitStatus(READY, START_BOUND);
        Path staged = work.resolve("eobuka.ear");
        Files.copy(Path.of(System.getProperty("ear.file")), staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, deployments.resolve("eobuka.ear"), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Polls readiness; once it says UP, polls the pages too, and fails on the first 5xx. */
    private static Instant awaitReadyWhileNoServerErrorsAfterUp() throws Exception {
        Instant deadline = Instant.now().plus(START_BOUND);
        Instant up = null;
        int roundsAfterUp = 0;
        while (roundsAfterUp < 20) {
            if (Instant.now().isAfter(deadline)) {
                fail("not ready within " + START_BOUND + " (log: " + logFile() + ")");
            }
            if (up == null && isReady()) {
                up = Instant.now();
            }
            if (up != null) {
                for (String page : PAGES) {
                    int status = status(HTTP.resolve(page));
                    assertThat(status).as("GET /%s %d ms after readiness said UP", page, Duration.between(up, Instant.now()).toMillis())
                            .isBetween(200, 499);
                }
                roundsAfterUp++;
            }
            Thread.sleep(250);
        }
        return up;
    }

    private static void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(START_BOUND);
        while (!isReady()) {
            if (Instant.now().isAfter(deadline)) {
                fail("not ready within " + START_BOUND + " (log: " + logFile() + ")");
            }
            Thread.sleep(250);
        }
    }

    private static boolean isReady() {
        try {
            HttpResponse<String> response = HTTP_CLIENT.send(HttpRequest.newBuilder(READY).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().replace(" ", "").startsWith("{\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The status code, or 0 while nothing listens. */
    private static int status(URI uri) throws InterruptedException {
        try {
            return HTTP_CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void awaitStatus(URI uri, Duration bound) throws Exception {
        Instant deadline = Instant.now().plus(bound);
        while (status(uri) == 0) {
            if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                fail("the server did not come up (log: " + logFile() + ")");
            }
            Thread.sleep(250);
        }
    }

    private static void waitForLog(String text, Duration bound) throws Exception {
        Instant deadline = Instant.now().plus(bound);
        while (!log().contains(text)) {
            if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                fail("no '" + text + "' in " + logFile());
            }
            Thread.sleep(200);
        }
    }

    private static String log() throws IOException {
        return Files.exists(logFile()) ? Files.readString(logFile()) : "";
    }

    private static Path logFile() {
        return work.resolve("server-" + starts + ".log");
    }

    /** The server's JVM: standalone.sh runs it as its child (in the background, forwarding SIGTERM). */
    private static ProcessHandle javaOf(Process launcher) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var java = launcher.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false)).findFirst();
            if (java.isPresent()) {
                return java.get();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no JVM under " + launcher.pid());
    }

    private static void kill(Process launcher) {
        if (launcher == null) {
            return;
        }
        launcher.descendants().forEach(ProcessHandle::destroyForcibly);
        launcher.destroyForcibly();
        try {
            launcher.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The test server's own database: the default H2 file under a home of its own, or a PostgreSQL database of its own. */
    interface Database {

        static Database of(Path work) {
            if ("postgresql".equals(System.getProperty("it.db.driver"))) {
                return new Postgres(System.getProperty("it.db.url") + "_lifecycle",
                        System.getProperty("it.db.user"), System.getProperty("it.db.password"));
            }
            return new DefaultH2(work.resolve("home"));
        }

        void create() throws SQLException;

        List<String> serverArguments();

        /** Fails while a (stopped) server still holds the database. */
        void assertReleased() throws Exception;
    }

    /** The server's default URL (wildfly-config/datasource.cli), under {@code user.home}. */
    record DefaultH2(Path home) implements Database {

        @Override
        public void create() {
        }

        @Override
        public List<String> serverArguments() {
            return List.of("-Duser.home=" + home);
        }

        @Override
        public void assertReleased() throws SQLException {
            // H2 locks its file while a process has it open; opening it here fails until then
            String url = "jdbc:h2:file:" + home.resolve(".eobuka/data/eobuka") + ";IFEXISTS=TRUE";
            try (Connection connection = DriverManager.getConnection(url, "sa", "sa")) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    record Postgres(String url, String user, String password) implements Database {

        @Override
        public void create() throws SQLException {
            String name = url.substring(url.lastIndexOf('/') + 1);
            try (Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + name);
            }
        }

        @Override
        public List<String> serverArguments() {
            return List.of("-Deobuka.db.url=" + url, "-Deobuka.db.driver=postgresql", "-Deobuka.db.user=" + user,
                    "-Deobuka.db.password=" + password);
        }

        @Override
        public void assertReleased() throws Exception {
            // the server's connections close with its process
            String name = url.substring(url.lastIndexOf('/') + 1);
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                long others = Long.MAX_VALUE;
                for (int i = 0; i < 50 && others > 0; i++) {
                    try (ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity where datname = '" + name
                            + "' and pid <> pg_backend_pid()")) {
                        rows.next();
                        others = rows.getLong(1);
                    }
                    if (others > 0) {
                        Thread.sleep(100);
                    }
                }
                assertThat(others).as("connections of the stopped server").isZero();
            }
        }
    }
}
