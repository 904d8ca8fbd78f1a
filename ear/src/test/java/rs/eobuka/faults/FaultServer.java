package rs.eobuka.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import rs.eobuka.it.ApiClient;
import rs.eobuka.it.ApiFixtures;
import rs.eobuka.testserver.ServerDatabase;
import rs.eobuka.testserver.ServerProcess;

/**
 * The one WildFly the fault suite starts, kills and starts again: ports moved by
 * {@value #PORT_OFFSET} (the Arquillian server and the start-up test keep theirs), its own
 * database (an H2 file under {@code faults.dir}, or the PostgreSQL database
 * {@value #DATABASE}), and its mail sent over SMTP to the suite's {@link MailCatcher}.
 * Every start checks readiness as MicroProfile Health defines it: not ready (503, DOWN) while
 * the application is not deployed, live throughout, and once ready every page and API call
 * answers without a server error.
 */
final class FaultServer {

    static final int PORT_OFFSET = 500;
    static final int SMTP_PORT = 3025 + PORT_OFFSET;
    static final String DATABASE = "eobuka_faults";
    static final List<String> PAGES = List.of("", "catalogue/index.xhtml", "login.xhtml", "api/municipalities", "api/trainings?max=1");

    private static FaultServer instance;

    private final ServerProcess server;
    private final MailCatcher mail = new MailCatcher(SMTP_PORT);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int starts;

    private FaultServer() throws Exception {
        ServerDatabase database = ServerDatabase.shared(directory().resolve("h2"), DATABASE);
        server = new ServerProcess(directory().resolve("server"), PORT_OFFSET, database, Map.of("EOBUKA_MAIL_TRANSPORT", "smtp"),
                List.of("-Deobuka.smtp.host=127.0.0.1", "-Deobuka.smtp.port=" + SMTP_PORT));
        database.create();
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            mail.stop();
        }));
    }

    /** The running server, started on a fresh database by the first scenario that asks. */
    static synchronized FaultServer running() throws Exception {
        if (instance == null) {
            instance = new FaultServer();
            instance.start("first start");
        }
        return instance;
    }

    static Path directory() {
        return Path.of(System.getProperty("faults.dir", "target/faults")).toAbsolutePath();
    }

    String database() {
        return server.database().kind();
    }

    MailCatcher mail() {
        return mail;
    }

    ApiClient api() throws Exception {
        return new ApiClient(server.http().toURL());
    }

    Connection connect() throws SQLException {
        return server.database().connect();
    }

    ServerProcess process() {
        return server;
    }

    /**
     * Starts and deploys, and holds the start to readiness's contract; returns when readiness
     * first said UP.
     */
    Instant start(String why) throws Exception {
        starts++;
        Instant started = Instant.now();
        server.startAndDeploy();
        // the EAR has just been dropped into deployments/: nothing of the application runs yet
        HttpResponse<String> notYet = http.send(HttpRequest.newBuilder(server.ready()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notYet.statusCode()).as("readiness before the application runs: %s", notYet.body()).isEqualTo(503);
        assertThat(notYet.body().replace(" ", "")).contains("\"status\":\"DOWN\"");
        assertThat(server.isLive()).as("liveness while the application is deployed").isTrue();
        Instant up = server.awaitReadyWhileNoServerErrorsAfterUp(PAGES, 20);
        assertThat(server.isLive()).as("liveness once ready").isTrue();
        FaultReport.figure("readiness", database(), "start " + starts + " (" + why + "): ready after, s",
                seconds(Duration.between(started, up)));
        FaultReport.figure("readiness", database(), "start " + starts + " (" + why + "): pages and API calls after ready, none 5xx",
                20 * PAGES.size());
        return up;
    }

    /**
     * Stops the server (SIGKILL, which the crash scenario shows loses nothing), puts a
     * {@link DelayProxy} between it and its database, and starts it again with {@code environment}
     * on top. The proxy stays for the rest of the run, with no delay until a scenario sets one.
     */
    ProxiedDatabase restartThroughProxy(Map<String, String> environment, String why) throws Exception {
        server.killHard();
        server.database().assertReleased();
        ProxiedDatabase proxied = ProxiedDatabase.of(server.database());
        server.useDatabase(proxied, environment);
        start(why);
        return proxied;
    }

    /**
     * The server's threads ({@code jcmd Thread.print}) and the test JVM's own, written next to
     * the logs as {@code threads-<name>-server.txt} and {@code -test.txt}: what a scenario
     * looks at when something did not end.
     */
    void dumpThreads(String name) throws Exception {
        Path directory = directory().resolve("server");
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(server.java().pid()), "Thread.print")
                .redirectErrorStream(true).redirectOutput(directory.resolve("threads-" + name + "-server.txt").toFile()).start();
        jcmd.waitFor(60, TimeUnit.SECONDS);
        StringBuilder own = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            own.append('"').append(thread.getName()).append("\" ").append(thread.getState()).append('\n');
            for (StackTraceElement frame : stack) {
                own.append("\tat ").append(frame).append('\n');
            }
            own.append('\n');
        });
        Files.writeString(directory.resolve("threads-" + name + "-test.txt"), own);
        System.out.println("[faults] threads of the server and the test written to " + directory);
    }

    /** Asserts every invariant, and reports how many rules were checked. */
    void assertInvariants(String scenario) throws SQLException {
        Map<String, List<String>> broken;
        try (Connection connection = connect()) {
            broken = Invariants.violations(connection);
        }
        FaultReport.figure(scenario, database(), "invariants broken, of " + Invariants.RULES.size(), broken.size());
        assertThat(broken).as("invariants broken after " + scenario).isEmpty();
    }

    /** The address ApiFixtures gives a participant ({@code user:password}). */
    static String email(String participant) {
        return participant.substring(0, participant.indexOf(':')) + "@example.rs";
    }

    static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
