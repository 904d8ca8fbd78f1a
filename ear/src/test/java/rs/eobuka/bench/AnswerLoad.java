package rs.eobuka.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import rs.eobuka.bench.ApiClient.Reply;
import rs.eobuka.bench.ApiClient.User;

/**
 * Answer submission under load: {@code bench.impact.clients} clients (8), closed loops without
 * think time, each POSTing a complete answer to {@code /api/feedback/{token}} with a fresh one-use
 * link every time, without signing in, as participants opening the link of their mail. A warm-up
 * ({@code bench.impact.warmup}), then the measured window ({@code bench.duration}); anything but
 * 201 is an error. When the links run out the window ends early at the last counted answer, as
 * the registration load does when its pairs run out.
 */
final class AnswerLoad {

    /** What the window measured: every answer's latency and status, the seconds, the links used. */
    record Result(Samples answers, double seconds, int clients, int tokens, int used, boolean ranOutEarly, String cpu,
                  double quietWaitSeconds) {

        double rate() {
            return seconds > 0 ? answers.ok() / seconds : 0;
        }
    }

    private AnswerLoad() {
    }

    static Result run(BenchSettings settings, ApiClient api, List<String> tokens, List<String> bodies) throws InterruptedException {
        double quietWait = CpuMeter.awaitQuiet(settings.quietSeconds());
        Samples answers = new Samples();
        AtomicInteger next = new AtomicInteger();
        LoadWindow window = new LoadWindow(settings.impactWarmupSeconds(), settings.durationSeconds());
        CpuMeter.Window cpu = CpuMeter.watch(window);
        PlannerStatistics.analyzeBeforeWindow(window, settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < settings.answerClients(); c++) {
            User respondent = ApiClient.anonymous();
            threads.add(RegistrationBenchmark.start("answer-client-" + c, () -> {
                while (!window.over()) {
                    int k = next.getAndIncrement();
                    if (k >= tokens.size()) {
                        window.ranOut();
                        return;
                    }
                    Reply reply = api.post(respondent, "/api/feedback/" + tokens.get(k), bodies.get(k % bodies.size()));
                    if (window.countsRegistration()) {
                        answers.record(reply.status(), reply.nanos(), reply.is(201));
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(answers, window.seconds(), settings.answerClients(), tokens.size(), Math.min(next.get(), tokens.size()),
                window.ranOutEarly(), cpu.describe(), quietWait);
    }
}
