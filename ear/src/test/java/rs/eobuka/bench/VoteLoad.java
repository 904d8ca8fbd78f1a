package rs.eobuka.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import rs.eobuka.bench.ApiClient.Reply;
import rs.eobuka.bench.ApiClient.User;

/**
 * A burst of the public vote, as after a TV spot: {@code bench.vote.clients} (16) clients in a
 * closed loop without think time, each vote a cast ({@code POST /api/competitions/{id}/votes}, a
 * new address each time: 202, the confirmation mail queued) then a confirmation
 * ({@code POST /api/votes/confirm/{token}}: 200) of one of the requests the seed wrote as a cast
 * does (the harness cannot read the mailed links that fast). Then, in the same run and at the same
 * concurrency, the floor it is compared with: bare JDBC, each thread inserting the same vote row
 * into {@code competition_vote} and committing, on a connection of its own. The ratio of the two
 * rates is the figure.
 */
final class VoteLoad {

    /** What a window measured: each vote's latency (cast + confirmation) and each call's, and the rate. */
    record Result(Samples votes, Samples casts, Samples confirmations, double seconds, int clients, int tokensUsed, boolean ranOutEarly,
                  String cpu, double quietWaitSeconds) {

        double rate() {
            return seconds > 0 ? votes.ok() / seconds : 0;
        }
    }

    /** The bare insert-and-commit at the same concurrency. */
    record Bare(Samples inserts, double seconds, String cpu) {

        double rate() {
            return seconds > 0 ? inserts.ok() / seconds : 0;
        }
    }

    private VoteLoad() {
    }

    static Result run(BenchSettings settings, ApiClient api, long competition, List<Long> entries, List<String> tokens)
            throws InterruptedException {
        double quietWait = CpuMeter.awaitQuiet(settings.quietSeconds());
        Samples votes = new Samples();
        Samples casts = new Samples();
        Samples confirmations = new Samples();
        AtomicInteger next = new AtomicInteger();
        LoadWindow window = new LoadWindow(settings.voteWarmupSeconds(), settings.durationSeconds());
        CpuMeter.Window cpu = CpuMeter.watch(window);
        PlannerStatistics.analyzeBeforeWindow(window, settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < settings.voteClients(); c++) {
            User voter = ApiClient.anonymous();
            int client = c;
            threads.add(RegistrationBenchmark.start("vote-client-" + c, () -> {
                int n = 0;
                while (!window.over()) {
                    int k = next.getAndIncrement();
                    if (k >= tokens.size()) {
                        window.ranOut();
                        return;
                    }
                    long entry = entries.get(ThreadLocalRandom.current().nextInt(entries.size()));
                    Reply cast = api.post(voter, "/api/competitions/" + competition + "/votes",
                            "{\"entryId\":" + entry + ",\"email\":\"glasac-" + run + "-" + client + "-" + n++ + "@example.rs\"}");
                    Reply confirmed = api.post(voter, "/api/votes/confirm/" + tokens.get(k), "");
                    if (cast.status() == 429) {
                        throw new IllegalStateException("the app limits votes per address: start it with"
                                + " -Deobuka.competition.votes-per-hour=1000000000 (see the benchmark's README)");
                    }
                    if (window.countsRegistration()) {
                        casts.record(cast.status(), cast.nanos(), cast.is(202));
                        confirmations.record(confirmed.status(), confirmed.nanos(), confirmed.is(200));
                        votes.record(confirmed.is(200) ? cast.status() : confirmed.status(), cast.nanos() + confirmed.nanos(),
                                cast.is(202) && confirmed.is(200));
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(votes, casts, confirmations, window.seconds(), settings.voteClients(), Math.min(next.get(), tokens.size()),
                window.ranOutEarly(), cpu.describe(), quietWait);
    }

    /** Bare JDBC: the vote's row inserted and committed, by as many threads as there were clients, for as long. */
    static Bare bare(BenchSettings settings, long competition, long category, long entry) throws Exception {
        CpuMeter.awaitQuiet(settings.quietSeconds());
        long firstId;
        try (Connection c = ScaleSeed.connect(settings)) {
            firstId = ScaleSeed.reserveIds(c, settings.postgres(), "competition_vote_seq", 10_000_000);
        }
        AtomicLong ids = new AtomicLong(firstId);
        Samples inserts = new Samples();
        LoadWindow window = new LoadWindow(settings.voteWarmupSeconds(), settings.durationSeconds());
        CpuMeter.Window cpu = CpuMeter.watch(window);
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < settings.voteClients(); t++) {
            threads.add(RegistrationBenchmark.start("bare-vote-" + t, () -> {
                try (Connection c = ScaleSeed.connect(settings);
                     PreparedStatement insert = c.prepareStatement("insert into competition_vote (id, competition_id, category_id, entry_id,"
                             + " voter_hash, confirmed_at) values (?, ?, ?, ?, ?, ?)")) {
                    c.setAutoCommit(false);
                    byte[] hash = new byte[32];
                    while (!window.over()) {
                        long began = System.nanoTime();
                        ThreadLocalRandom.current().nextBytes(hash);
                        insert.setLong(1, ids.getAndIncrement());
                        insert.setLong(2, competition);
                        insert.setLong(3, category);
                        insert.setLong(4, entry);
                        insert.setString(5, HexFormat.of().formatHex(hash));
                        insert.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now()));
                        insert.executeUpdate();
                        c.commit();
                        if (window.counts()) {
                            inserts.record(200, System.nanoTime() - began, true);
                        }
                    }
                } catch (SQLException e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return new Bare(inserts, window.seconds(), cpu.describe());
    }
}
