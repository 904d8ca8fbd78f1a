package rs.eobuka.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The run's figures as a Markdown report, with what is needed to judge them: database, cores, load, counts. */
final class Report {

    static final double TARGET_RATIO = 0.5;
    static final double TARGET_REGISTRATION_P95_MS = 100;
    static final double TARGET_READ_MS = 300;
    static final double TARGET_TAP_P95_MS = 50;
    /** Answer submission by a one-use link, 8 clients, on H2. */
    static final double TARGET_ANSWER_P95_MS = 50;
    /** The public vote's rate against bare JDBC inserting the same row at the same concurrency. */
    static final double TARGET_VOTE_RATIO = 0.3;

    private final BenchSettings settings;
    private final String run;
    private final ZonedDateTime started = ZonedDateTime.now();
    private String loadBefore;
    private String loadAfter;
    private String database;
    private double setupSeconds;
    private List<LoadResult> appRounds;
    private List<LoadResult> bareRounds;
    private LoadResult app;
    private LoadResult bare;
    private String bareUrl;
    private ScaleSeed.Result seed;
    private Samples inbox;
    private Samples roster;
    private List<CaravanLoad.Result> caravanRounds;
    private CalendarSeed.Result calendarSeed;
    private Samples calendarWeek;
    private Samples calendarMonth;
    private Samples trainerBookings;
    private boolean impactRan;
    private ImpactSeed.Result impactSeed;
    private String impactScope;
    private final List<ImpactCall> impactCalls = new ArrayList<>();
    private AnswerLoad.Result answers;
    private VotingSeed.Result votingSeed;
    private String votingCompetitions;
    private final List<ImpactCall> votingCalls = new ArrayList<>();
    private VoteLoad.Result votes;
    private VoteLoad.Bare bareVotes;
    private ImpactSeed.Tokens answerTokens;

    Report(BenchSettings settings, String run) {
        this.settings = settings;
        this.run = run;
    }

    void loadBefore(String value) {
        loadBefore = value;
    }

    void loadAfter(String value) {
        loadAfter = value;
    }

    void database(String value) {
        database = value;
    }

    void setup(double seconds) {
        setupSeconds = seconds;
    }

    /** The rounds of load, the app's and (when it ran) the bare engine's, in the order they ran. */
    void rounds(List<LoadResult> appRounds, List<LoadResult> bareRounds, String bareDatabase) {
        this.appRounds = List.copyOf(appRounds);
        this.bareRounds = List.copyOf(bareRounds);
        app = LoadResult.pooled(appRounds);
        bare = bareRounds.isEmpty() ? null : LoadResult.pooled(bareRounds);
        bareUrl = bareDatabase;
    }

    void seed(ScaleSeed.Result result) {
        seed = result;
    }

    void inbox(Samples samples) {
        inbox = samples;
    }

    void roster(Samples samples) {
        roster = samples;
    }

    void caravan(List<CaravanLoad.Result> rounds) {
        caravanRounds = List.copyOf(rounds);
    }

    void calendarSeed(CalendarSeed.Result result) {
        calendarSeed = result;
    }

    void calendarWeek(Samples samples) {
        calendarWeek = samples;
    }

    void calendarMonth(Samples samples) {
        calendarMonth = samples;
    }

    void trainerBookings(Samples samples) {
        trainerBookings = samples;
    }

    void impactSeed(ImpactSeed.Result result) {
        impactSeed = result;
    }

    void impactScope(long programmeId, java.time.LocalDate from, java.time.LocalDate to) {
        impactRan = true;
        impactScope = "programme " + programmeId + ", " + from + " to " + to;
    }

    /** A sequential call of the impact phase, a success when it answers {@code expected}. */
    void impactCall(String call, Samples samples, int expected) {
        impactCalls.add(new ImpactCall(call, samples, expected));
    }

    private record ImpactCall(String call, Samples samples, int expected) {
    }

    void answers(AnswerLoad.Result result, ImpactSeed.Tokens tokens) {
        answers = result;
        answerTokens = tokens;
    }

    void votingSeed(VotingSeed.Result result, long finished, long running) {
        votingSeed = result;
        votingCompetitions = "finished " + finished + ", running " + running;
    }

    void votingCall(String call, Samples samples) {
        votingCalls.add(new ImpactCall(call, samples, 200));
    }

    void votes(VoteLoad.Result result, VoteLoad.Bare bare) {
        votes = result;
        bareVotes = bare;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# eObuka registration benchmark\n\n");
        md.append("| | |\n| --- | --- |\n");
        row(md, "run", run + ", " + started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        row(md, "application", settings.baseUrl());
        row(md, "database", database);
        row(md, "bare engine database", bare == null ? "not run (bench.phases)" : bareUrl);
        row(md, "machine", Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version")
                + "; load average before " + loadBefore + ", after " + loadAfter
                + " (application, database and this harness share the machine)");
        row(md, "clients", settings.clients() + " registering + " + settings.approvers()
                + " approving, closed loop without think time");
        row(md, "rounds", appRounds.size() + (bare == null ? " of the app" : ", each the app then the bare engine"));
        row(md, "duration", "warm-up " + settings.warmupSeconds() + " s in round 1, " + settings.rewarmSeconds()
                + " s in later rounds; measured " + f1(app.seconds()) + " s in all (app), "
                + (bare == null ? "-" : f1(bare.seconds())) + " s (bare)" + (app.ranOutEarly() ? "; the app ran out of participant/session pairs early" : ""));
        if (settings.postgres()) {
            row(md, "planner statistics", "analyze 10 s before each measured window (autovacuum's work; off on these machines)");
        }
        row(md, "setup", settings.participants() + " participants, " + settings.sessions() + " sessions ("
                + settings.smallSessions() + " of capacity " + settings.smallCapacity() + ", the rest 1000), " + f1(setupSeconds) + " s");
        md.append("\n## Registration under load\n\n");
        if (bare == null) {
            appOnly(md);
        } else {
            compared(md);
        }
        caravanUnderLoad(md);
        md.append("\n## Read paths at scale\n\n");
        if (inbox == null) {
            md.append("Not run (bench.phases).\n");
            calendar(md);
            impact(md);
            voting(md);
            return md.toString();
        }
        if (seed == null) {
            md.append("Not seeded: bench.db.url was not given, so the calls below read whatever the database holds.\n\n");
        } else {
            md.append("Seeded in ").append(f1(seed.seconds())).append(" s: ").append(seed.registrations()).append(" registrations in ")
                    .append(seed.pendingSessions().size() + seed.mixedSessions().size()).append(" sessions of ")
                    .append(settings.seedPerSession()).append(" (").append(seed.pendingSessions().size())
                    .append(" pending approval, the rest 80% confirmed, 10% waiting, 10% cancelled) for ").append(seed.accounts())
                    .append(" seed accounts; ").append(seed.processes()).append(" training-registration instances started for the pending ones. ")
                    .append("Now in the database: ").append(seed.totalRegistrations()).append(" registrations, ")
                    .append(seed.openApprovalTasks()).append(" open approval tasks.\n\n");
        }
        md.append("| call (one organizer, sequential) | calls | p50 / p95 / p99 / max (ms) | errors | target < ")
                .append((int) TARGET_READ_MS).append(" ms (p95) |\n| --- | --- | --- | --- | --- |\n");
        read(md, "inbox: GET " + RegistrationBenchmark.REGISTRATION_TASKS, inbox);
        read(md, "roster: GET /api/sessions/{id}/registrations?first=0&max=50&sort=" + settings.rosterSort(), roster);
        calendar(md);
        impact(md);
        voting(md);
        return md.toString();
    }

    /** The competition's gallery and results at scale, and the public vote against bare JDBC. */
    private void voting(StringBuilder md) {
        md.append("\n## Competition: gallery, results and the public vote\n\n");
        if (votingSeed == null) {
            md.append("Not run (bench.phases without voting, or no bench.db.url).\n");
            return;
        }
        VotingSeed.Result s = votingSeed;
        md.append("Seeded in ").append(f1(s.seconds())).append(" s (competitions ").append(votingCompetitions).append("): ")
                .append(s.entries()).append(" published entries in two categories with ").append(s.votes())
                .append(" confirmed votes, ranked and approved; ").append(s.runningEntries()).append(" entries in the vote window and ")
                .append(s.tokens().size()).append(" vote requests for the confirmations.\n\n");
        md.append("| call | calls | p50 / p95 / p99 / max (ms) | errors | target (p95) |\n| --- | --- | --- | --- | --- |\n");
        for (ImpactCall call : votingCalls) {
            double p95 = call.samples().percentileMillis(95);
            row(md, call.call(), Integer.toString(call.samples().count()), latencies(call.samples()), call.samples().errors(200),
                    "< " + (int) TARGET_READ_MS + " ms: " + (p95 < TARGET_READ_MS ? "met" : "NOT met"));
        }
        if (votes == null) {
            return;
        }
        double ratio = bareVotes.rate() > 0 ? votes.rate() / bareVotes.rate() : 0;
        row(md, "vote: cast (POST .../votes, 202) then confirm (POST /api/votes/confirm/{token}, 200), " + votes.clients() + " clients, "
                        + f1(votes.rate()) + " votes/s", Integer.toString(votes.votes().count()), latencies(votes.votes()),
                votes.votes().errors(202), "-");
        row(md, "of which the cast", Integer.toString(votes.casts().count()), latencies(votes.casts()), votes.casts().errors(202), "-");
        row(md, "of which the confirmation", Integer.toString(votes.confirmations().count()), latencies(votes.confirmations()),
                votes.confirmations().errors(200), "-");
        row(md, "bare JDBC: insert the vote row and commit, " + votes.clients() + " threads, " + f1(bareVotes.rate()) + " inserts/s",
                Integer.toString(bareVotes.inserts().count()), latencies(bareVotes.inserts()), "0", "-");
        md.append("\nVotes: ").append(f1(votes.rate())).append("/s against ").append(f1(bareVotes.rate()))
                .append(" bare inserts/s, ratio **").append(f2(ratio)).append("** (target ≥ ").append(f2(TARGET_VOTE_RATIO)).append(": ")
                .append(ratio >= TARGET_VOTE_RATIO ? "met" : "NOT met").append("); warm-up ").append(settings.voteWarmupSeconds())
                .append(" s, measured ").append(f1(votes.seconds())).append(" s, ").append(votes.tokensUsed()).append(" requests confirmed")
                .append(votes.ranOutEarly() ? " (they ran out early: more bench.vote.tokens)" : "").append("; CPU: ").append(votes.cpu())
                .append("; bare CPU: ").append(bareVotes.cpu()).append(".\n");
    }

    /** The map, the evaluators' results and impact report drafts after the impact seed, and answer submission under load. */
    private void impact(StringBuilder md) {
        md.append("\n## Map, feedback results, impact reports and answers at scale\n\n");
        if (!impactRan) {
            md.append("Not run (bench.phases without impact).\n");
            return;
        }
        ImpactSeed.Result s = impactSeed;
        if (s == null) {
            md.append("Not seeded: bench.db.url was not given, so the calls below read whatever the database holds, and answer ")
                    .append("submission did not run (its one-use links are written in the database). Scope: ").append(impactScope).append(".\n\n");
        } else {
            md.append("Seeded in ").append(f1(s.seconds())).append(" s, all of programme ").append(s.programmeId()).append(" (")
                    .append(s.programme()).append("), over ").append(s.from()).append(" to ").append(s.to()).append(": ")
                    .append(s.sessions()).append(" held sessions and ").append(s.events()).append(" held caravan events (each with one of ")
                    .append("those sessions as its training part) in ").append(s.lsgus()).append(" in-scope LSGUs; ")
                    .append(s.registrations()).append(" registrations of ").append(s.people()).append(" people (")
                    .append(s.attended()).append(" attended, each with a certificate, the rest no-shows); ").append(s.taps())
                    .append(" Digital Corner taps; ").append(s.surveys()).append(" participants' surveys of questionnaire ")
                    .append(ImpactSeed.QUESTIONNAIRE).append(" (").append(s.openSurveys()).append(" still open), ").append(s.invitations())
                    .append(" invitations of those present, ").append(s.responses()).append(" anonymous answers with ")
                    .append(s.answerValues()).append(" values. Now in the database: ").append(s.totalRegistrations())
                    .append(" registrations (").append(s.totalAttended()).append(" attended), ").append(s.totalSessionsHeld())
                    .append(" sessions held, ").append(s.totalEventsHeld()).append(" caravan events held, ").append(s.totalResponses())
                    .append(" feedback answers with ").append(s.totalAnswerValues()).append(" values. The calls' scope: ")
                    .append(impactScope).append(".\n\n");
        }
        md.append("| call (one caller, sequential; the answers by concurrent clients) | calls | p50 / p95 / p99 / max (ms) | errors")
                .append(" | target (p95) |\n| --- | --- | --- | --- | --- |\n");
        for (ImpactCall call : impactCalls) {
            Samples samples = call.samples();
            int expected = call.expected();
            String label = call.call();
            if (samples.ok() == 0 && (samples.statuses().containsKey(404) || samples.statuses().containsKey(405))) {
                row(md, label, "0", "not available (" + samples.statuses().keySet().iterator().next() + ")", "", "");
                continue;
            }
            double p95 = samples.percentileMillis(95);
            row(md, label, Integer.toString(samples.count()), latencies(samples), samples.errors(expected),
                    "< " + (int) TARGET_READ_MS + " ms: " + (p95 < TARGET_READ_MS ? "met" : "NOT met"));
        }
        if (answers != null) {
            Samples a = answers.answers();
            double p95 = a.percentileMillis(95);
            row(md, "answer: POST /api/feedback/{token}, " + answers.clients() + " clients, a fresh one-use link each time, "
                            + f1(answers.rate()) + " answers/s", Integer.toString(a.count()), latencies(a), a.errors(201),
                    a.count() == 0 ? "-" : "< " + (int) TARGET_ANSWER_P95_MS + " ms on H2" + (settings.postgres() ? " (this run: PostgreSQL)" : "") + ": "
                            + (p95 < TARGET_ANSWER_P95_MS ? "met" : "NOT met"));
            md.append("\nAnswer submission: ").append(answers.clients()).append(" clients, closed loop without think time, warm-up ")
                    .append(settings.impactWarmupSeconds()).append(" s, then ").append(f1(answers.seconds())).append(" s measured: ")
                    .append(a.ok()).append(" answered (201) of ").append(a.count()).append(" counted, ").append(f1(answers.rate()))
                    .append(" answers/s; ").append(answers.used()).append(" of ").append(answers.tokens()).append(" links used (issued in ")
                    .append(f1(answerTokens.seconds())).append(" s on ").append(answerTokens.surveys()).append(" open surveys)")
                    .append(answers.ranOutEarly() ? ", and they ran out before the window ended (more bench.impact.tokens)" : "")
                    .append("; CPU: ").append(answers.cpu()).append("; waited ").append(f1(answers.quietWaitSeconds()))
                    .append(" s for a quiet machine.\n");
        } else if (s != null) {
            md.append("\nAnswer submission did not run (bench.impact.clients or bench.impact.tokens is 0).\n");
        }
    }

    /** Taps and slot proposals made while the registrations above ran, per round and pooled. */
    private void caravanUnderLoad(StringBuilder md) {
        md.append("\n## Digital Corner taps and workshop proposals, during the registration load\n\n");
        if (caravanRounds == null || caravanRounds.isEmpty()) {
            md.append("Not run (bench.tappers and bench.slotProposers are 0).\n");
            return;
        }
        md.append(settings.tappers()).append(" clients tap the tally of one caravan event (a new client tap id each time), ")
                .append(settings.slotProposers()).append(" organizer(s) propose workshop slots (random trainer, venue and time; ")
                .append("the requester counters each accepted proposal, so the request comes back); a 409 (trainer or venue taken) ")
                .append("is an answer, not an error.\n\n");
        md.append("| round | taps/s | tap p50 / p95 / p99 (ms) | proposals/s | proposal p50 / p95 / p99 (ms) |\n| --- | --- | --- | --- | --- |\n");
        List<Double> p95s = new ArrayList<>();
        for (int r = 0; r < caravanRounds.size(); r++) {
            CaravanLoad.Result round = caravanRounds.get(r);
            double seconds = appRounds.get(r).seconds();
            if (round.taps().count() > 0) {
                p95s.add(round.taps().percentileMillis(95));
            }
            row(md, Integer.toString(r + 1), f1(round.taps().ok() / seconds), latencies3(round.taps()),
                    f1(round.proposals().count() / seconds), latencies3(round.proposals()));
        }
        CaravanLoad.Result all = CaravanLoad.Result.pooled(caravanRounds);
        md.append("\nAll rounds' measured windows together (").append(f1(app.seconds())).append(" s):\n\n| | |\n| --- | --- |\n");
        row(md, "taps (201 / all)", all.taps().ok() + " / " + all.taps().count() + ", " + f1(all.taps().ok() / app.seconds()) + "/s");
        row(md, "tap latency p50 / p95 / p99 / max (ms)", latencies(all.taps()));
        row(md, "tap errors by status", all.taps().errors(201));
        row(md, "proposals (booked 200 / refused 409 / all)", all.proposals().statuses().getOrDefault(200, 0) + " / "
                + all.proposals().statuses().getOrDefault(409, 0) + " / " + all.proposals().count());
        row(md, "proposal latency p50 / p95 / p99 / max (ms)", latencies(all.proposals()));
        row(md, "requester counter-proposals (ok / all), p95 (ms)", all.counters().ok() + " / " + all.counters().count() + ", "
                + (all.counters().count() == 0 ? "-" : f1(all.counters().percentileMillis(95))));
        if (!p95s.isEmpty()) {
            double p95 = median(p95s);
            md.append("\nTap p95, median of the rounds: **").append(f1(p95)).append(" ms** at ").append(settings.tappers())
                    .append(" clients (target < ").append((int) TARGET_TAP_P95_MS).append(" ms: ")
                    .append(p95 < TARGET_TAP_P95_MS ? "met" : "NOT met").append(").\n");
        }
    }

    /** The planning calendar's queries after the calendar seed. */
    private void calendar(StringBuilder md) {
        md.append("\n## Planning calendar at scale\n\n");
        if (calendarSeed == null) {
            md.append("Not run (bench.phases without calendar, or no bench.db.url).\n");
            return;
        }
        md.append("Seeded in ").append(f1(calendarSeed.seconds())).append(" s: ").append(calendarSeed.trainers()).append(" trainers, ")
                .append(calendarSeed.venues()).append(" venues, ").append(calendarSeed.bookings()).append(" bookings over two years (")
                .append(calendarSeed.totalBookings()).append(" bookings in the database); the week is the busiest one.\n\n");
        md.append("| call (one organizer, sequential) | calls | p50 / p95 / p99 / max (ms) | errors | target < ")
                .append((int) TARGET_READ_MS).append(" ms (p95) |\n| --- | --- | --- | --- | --- |\n");
        read(md, "week, every booking: GET /api/bookings?from=&to=", calendarWeek);
        read(md, "month of one region: GET /api/bookings?from=&to=&region=", calendarMonth);
        read(md, "a trainer's next three months: GET /api/trainers/{id}/bookings", trainerBookings);
    }

    private void compared(StringBuilder md) {
        md.append("| round | app registrations/s | app p50 / p95 / p99 (ms) | bare instances/s | bare p50 / p95 / p99 (ms) | ratio |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < appRounds.size(); r++) {
            LoadResult a = appRounds.get(r);
            LoadResult b = bareRounds.get(r);
            if (a.registrations().ok() == 0) {
                // the pairs ran out during the warm-up: nothing measured, no ratio
                row(md, Integer.toString(r + 1), "none (no participant/session pairs left)", "-", f1(b.rate()),
                        latencies3(b.registrations()), "-");
                continue;
            }
            ratios.add(a.rate() / b.rate());
            row(md, Integer.toString(r + 1), f1(a.rate()), latencies3(a.registrations()), f1(b.rate()), latencies3(b.registrations()),
                    f2(a.rate() / b.rate()));
        }
        md.append("\nAll rounds' measured windows together:\n\n");
        md.append("| | app (POST /api/sessions/{id}/registrations) | bare engine (start training-registration) |\n| --- | --- | --- |\n");
        row(md, "rate", f1(app.rate()) + " registrations/s", f1(bare.rate()) + " instances/s");
        row(md, "count (ok / all)", app.registrations().ok() + " / " + app.registrations().count(),
                bare.registrations().ok() + " / " + bare.registrations().count());
        row(md, "seat / waiting list", app.seated() + " / " + app.waitlisted(), bare.seated() + " / " + bare.waitlisted());
        row(md, "latency p50 / p95 / p99 / max (ms)", latencies(app.registrations()), latencies(bare.registrations()));
        row(md, "errors by status", app.registrations().errors(201), bare.registrations().errors(201));
        row(md, "approvals (ok / all, rate)", app.approvals().ok() + " / " + app.approvals().count() + ", " + f1(app.approvalRate()) + "/s",
                bare.approvals().ok() + " / " + bare.approvals().count() + ", " + f1(bare.approvalRate()) + "/s");
        row(md, "approval latency p50 / p95 / p99 / max (ms)", latencies(app.approvals()), latencies(bare.approvals()));
        row(md, "approval errors by status", app.approvals().errors(200), bare.approvals().errors(200));
        row(md, "approvers' inbox page p50 / p95 / p99 / max (ms)", latencies(app.inbox()), latencies(bare.inbox()));
        row(md, "CPU in the measured window", app.cpu(), bare.cpu());
        row(md, "waited for a quiet machine before the phases (all rounds)", f1(app.quietWaitSeconds()) + " s", f1(bare.quietWaitSeconds()) + " s");
        double ratio = median(ratios);
        md.append("\nRatio app/bare, median of the rounds: **").append(f2(ratio)).append("** (target >= ").append(TARGET_RATIO).append(": ")
                .append(ratio >= TARGET_RATIO ? "met" : "NOT met").append("; all rounds together ").append(f2(app.rate() / bare.rate()))
                .append("). ");
        p95Verdict(md);
    }

    /** The verdict on the median of the rounds' p95, like the ratio's; all rounds' calls together for reference. */
    private void p95Verdict(StringBuilder md) {
        double p95 = median(appRounds.stream().filter(round -> round.registrations().ok() > 0)
                .map(round -> round.registrations().percentileMillis(95)).toList());
        md.append("App registration p95, median of the rounds: **").append(f1(p95)).append(" ms** at ").append(settings.clients())
                .append(" clients (target < ").append((int) TARGET_REGISTRATION_P95_MS).append(" ms: ")
                .append(p95 < TARGET_REGISTRATION_P95_MS ? "met" : "NOT met").append("; all rounds' calls together ")
                .append(f1(app.registrations().percentileMillis(95))).append(" ms).\n");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The app's figures without the bare engine's (bench.phases without bare): no ratio. */
    private void appOnly(StringBuilder md) {
        md.append("| round | app registrations/s | app p50 / p95 / p99 (ms) |\n| --- | --- | --- |\n");
        for (int r = 0; r < appRounds.size(); r++) {
            row(md, Integer.toString(r + 1), f1(appRounds.get(r).rate()), latencies3(appRounds.get(r).registrations()));
        }
        md.append("\nAll rounds' measured windows together:\n\n");
        md.append("| | app (POST /api/sessions/{id}/registrations) |\n| --- | --- |\n");
        row(md, "rate", f1(app.rate()) + " registrations/s");
        row(md, "count (ok / all)", app.registrations().ok() + " / " + app.registrations().count());
        row(md, "seat / waiting list", app.seated() + " / " + app.waitlisted());
        row(md, "latency p50 / p95 / p99 / max (ms)", latencies(app.registrations()));
        row(md, "errors by status", app.registrations().errors(201));
        row(md, "approvals (ok / all, rate)", app.approvals().ok() + " / " + app.approvals().count() + ", " + f1(app.approvalRate()) + "/s");
        row(md, "approvers' inbox page p50 / p95 / p99 / max (ms)", latencies(app.inbox()));
        row(md, "CPU in the measured window", app.cpu());
        md.append("\nThe bare engine did not run (bench.phases), so there is no ratio. ");
        p95Verdict(md);
    }

    private static void read(StringBuilder md, String call, Samples samples) {
        if (samples.ok() == 0 && (samples.statuses().containsKey(404) || samples.statuses().containsKey(405))) {
            row(md, call, "0", "not available (" + samples.statuses().keySet().iterator().next() + ")", "", "");
            return;
        }
        double p95 = samples.percentileMillis(95);
        row(md, call, Integer.toString(samples.count()), latencies(samples), samples.errors(200),
                p95 < TARGET_READ_MS ? "met" : "NOT met");
    }

    private static String latencies(Samples s) {
        if (s.count() == 0) {
            return "-";
        }
        return f1(s.percentileMillis(50)) + " / " + f1(s.percentileMillis(95)) + " / " + f1(s.percentileMillis(99)) + " / " + f1(s.maxMillis());
    }

    private static String latencies3(Samples s) {
        return s.count() == 0 ? "-"
                : f1(s.percentileMillis(50)) + " / " + f1(s.percentileMillis(95)) + " / " + f1(s.percentileMillis(99));
    }

    private static void row(StringBuilder md, String... cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String f1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String f2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
