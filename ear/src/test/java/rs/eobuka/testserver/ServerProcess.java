package rs.eobuka.testserver;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The provisioned WildFly ({@code jboss.home}) run as a child process of the test: its own copy of
 * {@code standalone/} under a work directory, ports moved by an offset, a database of its own, and
 * the EAR ({@code ear.file}) deployed once the server runs, as the README's run command does. Each
 * start writes its own log ({@code server-N.log}) in the work directory.
 */
public final class ServerProcess implements AutoCloseable {

    public static final Duration START_BOUND = Duration.ofSeconds(300);
    private static final List<String> MARKERS = List.of("eobuka.ear", "eobuka.ear.deployed", "eobuka.ear.failed", "eobuka.ear.undeployed");
    private static final HttpClient HTTP_CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path work;
    private final Path baseDir;
    private final int portOffset;
    private ServerDatabase database;
    private Map<String, String> environment;
    private final List<String> properties;
    private Process launcher;
    private int starts;

    /**
     * A fresh work directory (emptied first) with a copy of the provisioned {@code standalone/}
     * without any deployment. {@code environment} and {@code properties} ({@code -Dname=value})
     * come on top of the test defaults: a 1 GB heap, demo mode.
     */
    public ServerProcess(Path work, int portOffset, ServerDatabase database, Map<String, String> environment, List<String> properties)
            throws IOException {
        this.work = work.toAbsolutePath();
        this.baseDir = this.work.resolve("standalone");
        this.portOffset = portOffset;
        this.database = database;
        this.environment = environment;
        this.properties = properties;
        deleteTree(this.work);
        copyTree(Path.of(System.getProperty("jboss.home")).resolve("standalone"), baseDir);
        try (Stream<Path> deployed = Files.list(baseDir.resolve("deployments"))) {
            for (Path file : deployed.filter(f -> f.getFileName().toString().contains(".ear")).toList()) {
                Files.delete(file);
            }
        }
    }

    public URI http() {
        return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/");
    }

    public URI ready() {
        return URI.create("http://127.0.0.1:" + (9990 + portOffset) + "/health/ready");
    }

    public URI live() {
        return URI.create("http://127.0.0.1:" + (9990 + portOffset) + "/health/live");
    }

    public Path work() {
        return work;
    }

    public ServerDatabase database() {
        return database;
    }

    /**
     * Another way to the same database, and more environment on top of the constructor's, for the
     * starts from now on: only while the server is stopped.
     */
    public void useDatabase(ServerDatabase otherWay, Map<String, String> moreEnvironment) {
        if (launcher != null && launcher.isAlive()) {
            throw new IllegalStateException("the server still runs on " + database);
        }
        Map<String, String> merged = new HashMap<>(environment);
        merged.putAll(moreEnvironment);
        this.database = otherWay;
        this.environment = Map.copyOf(merged);
    }

    /** Starts the server and, once its management interface answers, deploys the EAR. */
    public void startAndDeploy() throws Exception {
        starts++;
        // the previous start's EAR would be deployed during boot, before management answers
        Path deployments = baseDir.resolve("deployments");
        for (String marker : MARKERS) {
            Files.deleteIfExists(deployments.resolve(marker));
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("jboss.home"), "bin", "standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Deobuka.demo.switch=true", "-Deobuka.local.switch=true", "-Deobuka.two-factor.required.switch=false",
                "-Deobuka.cookies.secure=false", "-Deobuka.smtp.tls=false"));
        command.addAll(database.serverArguments());
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile().toFile());
        Map<String, String> env = builder.environment();
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
        env.remove("EOBUKA_DB_URL");
        env.putAll(environment);
        launcher = builder.start();
        awaitStatus(ready(), START_BOUND);
        Path staged = work.resolve("eobuka.ear");
        Files.copy(Path.of(System.getProperty("ear.file")), staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, deployments.resolve("eobuka.ear"), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Polls readiness; once it says UP, polls {@code pages} too for {@code rounds} rounds and fails
     * on the first 5xx. Returns when readiness first said UP.
     */
    public Instant awaitReadyWhileNoServerErrorsAfterUp(List<String> pages, int rounds) throws Exception {
        Instant deadline = Instant.now().plus(START_BOUND);
        Instant up = null;
        int roundsAfterUp = 0;
        while (roundsAfterUp < rounds) {
            if (Instant.now().isAfter(deadline)) {
                fail("not ready within " + START_BOUND + " (log: " + logFile() + ")");
            }
            if (up == null && isReady()) {
                up = Instant.now();
            }
            if (up != null) {
                for (String page : pages) {
                    int status = status(http().resolve(page));
                    assertThat(status).as("GET /%s %d ms after readiness said UP", page, Duration.between(up, Instant.now()).toMillis())
                            .isBetween(200, 499);
                }
                roundsAfterUp++;
            }
            Thread.sleep(250);
        }
        return up;
    }

    public void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(START_BOUND);
        while (!isReady()) {
            if (Instant.now().isAfter(deadline)) {
                fail("not ready within " + START_BOUND + " (log: " + logFile() + ")");
            }
            Thread.sleep(250);
        }
    }

    public boolean isReady() {
        return isUp(ready());
    }

    public boolean isLive() {
        return isUp(live());
    }

    /** A health endpoint answers 200 with status UP. */
    private static boolean isUp(URI health) {
        try {
            HttpResponse<String> response = HTTP_CLIENT.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).build(),
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
    public static int status(URI uri) throws InterruptedException {
        try {
            return HTTP_CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    private void awaitStatus(URI uri, Duration bound) throws Exception {
        Instant deadline = Instant.now().plus(bound);
        while (status(uri) == 0) {
            if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                fail("the server did not come up (log: " + logFile() + ")");
            }
            Thread.sleep(250);
        }
    }

    public void waitForLog(String text, Duration bound) throws Exception {
        Instant deadline = Instant.now().plus(bound);
        while (!log().contains(text)) {
            if (!launcher.isAlive() || Instant.now().isAfter(deadline)) {
                fail("no '" + text + "' in " + logFile());
            }
            Thread.sleep(200);
        }
    }

    public String log() throws IOException {
        return Files.exists(logFile()) ? Files.readString(logFile()) : "";
    }

    public Path logFile() {
        return work.resolve("server-" + starts + ".log");
    }

    /** The launcher script's process (standalone.sh). */
    public Process launcher() {
        return launcher;
    }

    /** The server's JVM: standalone.sh runs it as its child (in the background, forwarding SIGTERM). */
    public ProcessHandle java() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var java = launcher.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false)).findFirst();
            if (java.isPresent()) {
                return java.get();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no JVM under " + launcher.pid());
    }

    /** SIGTERM to the JVM, as a service manager stops it; waits until it is gone and has let go of its database. */
    public void stop() throws Exception {
        ProcessHandle java = java();
        java.destroy();
        java.onExit().completeOnTimeout(java, 60, TimeUnit.SECONDS).join();
        launcher.waitFor(30, TimeUnit.SECONDS);
        database.assertReleased();
    }

    /**
     * Runs one of the server's own scripts ({@code bin/NAME}) with {@code environment}; returns
     * its exit code, its output going to {@code script-NAME.log} in the work directory.
     */
    public int runScript(String name, Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("jboss.home"), "bin", name).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("script-" + name + ".log").toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("EOBUKA_"));
        builder.environment().putAll(environment);
        Process script = builder.start();
        if (!script.waitFor(10, TimeUnit.MINUTES)) {
            script.destroyForcibly();
            throw new IllegalStateException(name + " did not end within 10 minutes");
        }
        return script.exitValue();
    }

    /** SIGKILL to the JVM, as an operating system or an operator's {@code kill -9} would; waits until it is gone. */
    public void killHard() throws InterruptedException {
        ProcessHandle java = java();
        java.destroyForcibly();
        java.onExit().completeOnTimeout(java, 30, TimeUnit.SECONDS).join();
        launcher.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
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
}
