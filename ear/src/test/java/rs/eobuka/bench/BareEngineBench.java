package rs.eobuka.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import rs.eobuka.inbox.InboxQuery;
import rs.eobuka.inbox.InboxSql;
import rs.eobuka.inbox.TaskSort;
import rs.eobuka.platform.engine.NativeLookup;

/**
 * The baseline: the same load as the API phase (C clients starting training-registration, A
 * approvers listing the inbox page and completing one task), on a bare engine in this JVM with
 * a database of its own. What the bare engine leaves out is what the application adds: HTTP,
 * security, JPA, the session's row lock, the seat counters, the outbox. The engine stays open
 * across the benchmark's rounds, so its JIT and its tables grow warm as the app's do.
 */
final class BareEngineBench implements AutoCloseable {

    private final BenchSettings settings;
    private final int[] capacities;
    private final String url;
    private final String user;
    private final String password;
    private final ProcessEngine engine;
    private final AtomicInteger[] seats;
    private final Map<Long, Integer> sessionOf = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final JavaDelegate reserveSeat;
    private final LocalDateTime start = LocalDateTime.now().plusDays(30).withHour(9).withMinute(0).withSecond(0).withNano(0);

    /** The sessions' capacities decide, as in the app, whether a start holds a seat or joins the waiting list. */
    BareEngineBench(BenchSettings settings, int[] capacities, String url, String user, String password) {
        this.settings = settings;
        this.capacities = capacities;
        this.url = url;
        this.user = user;
        this.password = password;
        this.engine = BareEngine.build("bench-bare", url, user, password, "true", settings.clients() + settings.approvers() + 2);
        engine.getRepositoryService().createDeployment().name("bench-bare")
                .addClasspathResource(BareEngine.BPMN).addClasspathResource(BareEngine.DMN).deploy();
        this.seats = new AtomicInteger[capacities.length];
        for (int i = 0; i < seats.length; i++) {
            seats[i] = new AtomicInteger();
        }
        this.reserveSeat = execution -> {
            int session = sessionOf.get(((Number) execution.getVariable("registrationId")).longValue());
            execution.setVariable("seatReserved", seats[session].incrementAndGet() <= capacities[session]);
        };
    }

    /** One round of load: a warm-up of the given seconds, then the measured window. */
    LoadResult round(int warmupSeconds) throws InterruptedException {
        LocalDateTime deadline = start.minusDays(1);
        Samples starts = new Samples();
        Samples inbox = new Samples();
        Samples approvals = new Samples();
        AtomicLong seated = new AtomicLong();
        AtomicLong waitlisted = new AtomicLong();
        // the app's server goes on compiling and sending its outbox for a while after its phase
        double quietWait = CpuMeter.awaitQuiet(settings.quietSeconds());
        LoadWindow window = new LoadWindow(warmupSeconds, settings.durationSeconds());
        CpuMeter.Window cpu = CpuMeter.watch(window);
        PlannerStatistics.analyzeBeforeWindow(window, url, user, password);
        List<Thread> threads = new ArrayList<>();
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();

        for (int c = 0; c < settings.clients(); c++) {
            threads.add(RegistrationBenchmark.start("bare-client-" + c, () -> {
                BareEngine.registerDelegates(reserveSeat);
                while (!window.over()) {
                    long id = ids.incrementAndGet();
                    int session = ThreadLocalRandom.current().nextInt(capacities.length);
                    sessionOf.put(id, session);
                    long t0 = System.nanoTime();
                    boolean ok;
                    Boolean seat = null;
                    try {
                        seat = runtime.createProcessInstanceByKey(BareEngine.PROCESS_KEY).businessKey(Long.toString(id))
                                .setVariables(BareEngine.startVariables(id, start, deadline, 0))
                                .executeWithVariablesInReturn().getVariables().getValue("seatReserved", Boolean.class);
                        ok = true;
                    } catch (RuntimeException e) {
                        ok = false;
                    }
                    long elapsed = System.nanoTime() - t0;
                    sessionOf.remove(id);
                    if (window.countsRegistration()) {
                        starts.record(ok ? 201 : 500, elapsed, ok);
                        if (Boolean.TRUE.equals(seat)) {
                            seated.incrementAndGet();
                        } else if (ok) {
                            waitlisted.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (int a = 0; a < settings.approvers(); a++) {
            String organizer = a % 2 == 0 ? settings.proposer() : settings.reviewer();
            threads.add(RegistrationBenchmark.start("bare-approver-" + a, () -> {
                BareEngine.registerDelegates(reserveSeat);
                while (!window.over()) {
                    long t0 = System.nanoTime();
                    List<Task> page = inboxPage(engine, organizer);
                    long listed = System.nanoTime() - t0;
                    if (window.counts()) {
                        inbox.record(200, listed, true);
                    }
                    if (page.isEmpty()) {
                        pause();
                        continue;
                    }
                    Task task = page.get(ThreadLocalRandom.current().nextInt(page.size()));
                    long t1 = System.nanoTime();
                    int status;
                    try {
                        tasks.complete(task.getId(), Map.of("approved", true));
                        status = 200;
                    } catch (RuntimeException e) {
                        status = 409;
                    }
                    long elapsed = System.nanoTime() - t1;
                    if (window.counts()) {
                        approvals.record(status, elapsed, status == 200);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new LoadResult(starts, inbox, approvals, window.seconds(), seated.get(), waitlisted.get(), false,
                cpu.describe(), quietWait);
    }

    @Override
    public void close() {
        engine.close();
    }

    /** What InboxService.find asks the engine for one page of an organizer's inbox: the tasks, then their business keys. */
    private static List<Task> inboxPage(ProcessEngine engine, String organizer) {
        InboxQuery query = new InboxQuery(organizer, Set.of(BareEngine.ORGANIZER_GROUP), BareEngine.PROCESS_KEY, null, null, false,
                TaskSort.CREATED_DESC);
        List<Task> page = new InboxSql(query).page(engine.getTaskService()).listPage(0, 50);
        NativeLookup.businessKeys(engine.getRuntimeService(), page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        return page;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
