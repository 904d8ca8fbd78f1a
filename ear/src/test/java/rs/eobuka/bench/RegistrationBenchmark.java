package rs.eobuka.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import rs.eobuka.bench.ApiClient.Reply;
import rs.eobuka.bench.ApiClient.User;

/**
 * The registration benchmark, against a running eObuka (README.md in this package):
 * <ol>
 * <li>setup over the API: participants (admin), published sessions (proposed by one organizer,
 *     approved by the other), every participant signed in once;</li>
 * <li>load, in rounds: C clients register random participants for random sessions while A
 *     organizers approve from their inbox (warm-up, then a measured window), then the same load
 *     on a bare Camunda engine in this JVM, on a database of its own; app and engine take turns;</li>
 * <li>read paths at scale: seeds registrations and open approval tasks in the application's
 *     database, then times the inbox and the roster; the planning calendar likewise;</li>
 * <li>impact: seeds a year of held sessions, caravan events, attendance and feedback answers,
 *     then times the public map, the evaluators' results and impact report drafts, and answer
 *     submission by one-use links under concurrent load;</li>
 * <li>the report, on stdout and in {@code target/benchmark/report.md}.</li>
 * </ol>
 * Not a test: it asserts nothing and never runs in {@code mvn verify}.
 */
public final class RegistrationBenchmark {

    static final String REGISTRATION_TASKS = "/api/tasks?processKey=training-registration&max=50";

    private final BenchSettings settings;
    private final ApiClient api;
    private final String run = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000_000L, 36);
    private final List<User> participants = new ArrayList<>();
    private final List<Long> sessionIds = new ArrayList<>();
    private final List<Integer> deck = new ArrayList<>();
    private final CaravanLoad caravan;
    private final AtomicInteger next = new AtomicInteger();
    private int[] capacities;
    private LocalDateTime firstStart;

    private RegistrationBenchmark(BenchSettings settings) {
        this.settings = settings;
        this.api = new ApiClient(settings.baseUrl());
        this.caravan = new CaravanLoad(settings, api);
    }

    public static void main(String[] args) throws Exception {
        new RegistrationBenchmark(BenchSettings.fromSystemProperties()).run();
    }

    private void run() throws Exception {
        Report report = new Report(settings, run);
        report.loadBefore(loadAverage());
        report.database(databaseProduct());
        say("eObuka registration benchmark, run " + run + ", against " + settings.baseUrl());

        long t0 = System.nanoTime();
        setup();
        if (caravan.active()) {
            caravan.setup(participants);
            say("caravan load ready: " + settings.tappers() + " tally clients, " + settings.slotProposers()
                    + " slot proposer(s), " + settings.workshopRequests() + " workshop requests");
        }
        report.setup((System.nanoTime() - t0) / 1e9);

        say("load: " + settings.rounds() + " round(s), " + settings.clients() + " clients, " + settings.approvers()
                + " approver(s), warm-up " + settings.warmupSeconds() + " s in round 1 and " + settings.rewarmSeconds()
                + " s after, measured " + settings.durationSeconds() + " s");
        dealPairs();
        List<LoadResult> app = new ArrayList<>();
        List<CaravanLoad.Result> caravanRounds = new ArrayList<>();
        List<LoadResult> bare = new ArrayList<>();
        String bareUrl = settings.runs("bare") ? bareUrl() : null;
        try (BareEngineBench bareEngine = bareUrl == null ? null
                : new BareEngineBench(settings, capacities, bareUrl, settings.bareUser(), settings.barePassword())) {
            // App and bare engine take turns, so that a machine (or a PostgreSQL) that drifts
            // during the run slows both sides alike; the rounds' median ratio is the verdict.
            for (int round = 0; round < settings.rounds(); round++) {
                if (next.get() >= deck.size()) {
                    say("every participant/session pair is used up: no round " + (round + 1)
                            + " (more bench.participants or bench.sessions for more rounds)");
                    break;
                }
                say("round " + (round + 1) + ": the application");
                CaravanLoad.Result caravanRound = new CaravanLoad.Result(new Samples(), new Samples(), new Samples());
                app.add(appLoad(settings.warmupSeconds(round), caravanRound));
                caravanRounds.add(caravanRound);
                say("round " + (round + 1) + ": " + app.get(round).rate() + " registrations/s");
                if (bareEngine != null) {
                    say("round " + (round + 1) + ": the same load on a bare engine, " + bareUrl);
                    bare.add(bareEngine.round(settings.warmupSeconds(round)));
                    say("round " + (round + 1) + ": " + bare.get(round).rate() + " instances/s");
                }
            }
        }
        report.rounds(app, bare, bareUrl);
        if (caravan.active()) {
            report.caravan(caravanRounds);
        }

        ScaleSeed.Result seed = null;
        if (settings.runs("reads") && settings.hasDatabase()) {
            say("seeding " + settings.seedRegistrations() + " registrations and " + settings.seedTasks() + " approval tasks");
            seed = new ScaleSeed(settings, run).run(sessionIds.get(0), participants.get(0).name);
            report.seed(seed);
        }
        if (settings.runs("reads")) {
            say("read paths");
            report.inbox(reads(i -> REGISTRATION_TASKS, proposer()));
            List<Long> rosterSessions = seed == null ? sessionIds : interleave(seed.mixedSessions(), seed.pendingSessions());
            report.roster(reads(i -> "/api/sessions/" + rosterSessions.get(i % rosterSessions.size())
                    + "/registrations?first=0&max=50&sort=" + settings.rosterSort(), proposer()));
        }
        if (settings.runs("calendar") && settings.hasDatabase()) {
            say("seeding " + settings.calendarTrainers() + " trainers, " + settings.calendarVenues() + " venues and "
                    + settings.calendarBookings() + " bookings");
            CalendarSeed.Result calendar = new CalendarSeed(settings, run).run();
            report.calendarSeed(calendar);
            say("calendar read paths");
            LocalDate week = calendar.busiestWeek();
            report.calendarWeek(reads(i -> "/api/bookings?from=" + week.atStartOfDay() + "&to=" + week.plusDays(7).atStartOfDay(), proposer()));
            LocalDate month = week.withDayOfMonth(1);
            report.calendarMonth(reads(i -> "/api/bookings?from=" + month.atStartOfDay() + "&to=" + month.plusMonths(1).atStartOfDay()
                    + "&region=" + java.net.URLEncoder.encode("Region Šumadije i Zapadne Srbije", java.nio.charset.StandardCharsets.UTF_8), proposer()));
            report.trainerBookings(reads(i -> "/api/trainers/" + calendar.trainerIds().get(i % calendar.trainerIds().size())
                    + "/bookings?from=" + LocalDate.now().atStartOfDay() + "&to=" + LocalDate.now().plusMonths(3).atStartOfDay(), proposer()));
        }
        if (settings.runs("impact")) {
            impact(report);
        }
        if (settings.runs("voting")) {
            voting(report);
        }
        report.loadAfter(loadAverage());

        String text = report.markdown();
        System.out.println();
        System.out.println(text);
        Path dir = settings.reportDir();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.md"), text);
        say("report written to " + dir.resolve("report.md").toAbsolutePath());
    }

    // --- 1. setup -------------------------------------------------------------------------

    private void setup() throws InterruptedException {
        User proposer = proposer();
        User reviewer = ApiClient.user(settings.reviewer(), settings.demoPassword());
        long training = lsguTraining(proposer);
        LocalDate day = LocalDate.now().plusDays(30);
        capacities = new int[settings.sessions()];
        for (int i = 0; i < settings.sessions(); i++) {
            boolean small = i >= settings.sessions() - settings.smallSessions();
            capacities[i] = small ? settings.smallCapacity() : 1000;
            LocalDateTime start = day.plusDays(i % 20).atTime(9 + i % 5, 0);
            if (firstStart == null) {
                firstStart = start;
            }
            String proposal = "{\"trainingId\":" + training + ",\"lsguCode\":\"70645\",\"venue\":\"Bench " + run + "-" + i
                    + "\",\"start\":\"" + start + "\",\"end\":\"" + start.plusHours(3) + "\",\"capacity\":" + capacities[i]
                    + ",\"registrationDeadline\":\"" + start.minusDays(1) + "\",\"audienceTypes\":[\"LSGU\"]}";
            long session = ApiClient.numberId(expect(api.post(proposer, "/api/sessions", proposal), 201, "propose a session").body());
            String tasks = expect(api.get(reviewer, "/api/tasks?processKey=session-approval&businessKey=" + session), 200, "find the review").body();
            String review = ApiClient.textIds(tasks).get(0);
            expect(api.post(reviewer, "/api/tasks/" + review + "/complete", "{\"decision\":\"APPROVE\"}"), 200, "approve the session");
            sessionIds.add(session);
        }
        say(settings.sessions() + " sessions published (" + settings.smallSessions() + " of capacity " + settings.smallCapacity() + ")");

        // Passwords are hashed with PBKDF2 (600,000 rounds): as many threads as cores, no more.
        User admin = ApiClient.user(settings.admin(), settings.demoPassword());
        for (int i = 0; i < settings.participants(); i++) {
            participants.add(ApiClient.user(String.format("bench-%s-p%04d", run, i), settings.participantPassword()));
        }
        parallel(Runtime.getRuntime().availableProcessors(), participants.size(), i -> {
            User p = participants.get(i);
            expect(api.post(admin, "/api/admin/users", "{\"username\":\"" + p.name + "\",\"password\":\"" + settings.participantPassword()
                    + "\",\"fullName\":\"Bench Participant " + i + "\",\"email\":\"" + p.name + "@example.org\",\"lsguCode\":\"70645\","
                    + "\"organisationType\":\"LSGU\",\"roles\":[\"participant\"]}"), 201, "create a participant");
        });
        say(participants.size() + " participants created");
        parallel(Runtime.getRuntime().availableProcessors(), participants.size(),
                i -> expect(api.get(participants.get(i), "/api/registrations?max=1"), 200, "sign in a participant"));
        long withSession = participants.stream().filter(User::hasSession).count();
        say(participants.size() + " participants signed in (" + withSession + " kept a session cookie)");
    }

    private long lsguTraining(User organizer) {
        for (String training : ApiClient.objects(expect(api.get(organizer, "/api/trainings?max=200"), 200, "list trainings").body())) {
            if (training.matches("(?s).*\"audienceTypes\":\\[[^\\]]*\"LSGU\".*")) {
                return ApiClient.numberId(training);
            }
        }
        throw new IllegalStateException("no training for LSGU staff in the catalogue (is the app in demo mode?)");
    }

    // --- 2. load on the application -------------------------------------------------------

    /** Every participant/session pair once, in a fixed random order, dealt to the clients across all rounds. */
    private void dealPairs() {
        int pairs = participants.size() * sessionIds.size();
        for (int k = 0; k < pairs; k++) {
            deck.add(k);
        }
        Collections.shuffle(deck, new Random(42));
    }

    private LoadResult appLoad(int warmupSeconds, CaravanLoad.Result caravanRound) throws InterruptedException {
        double quietWait = CpuMeter.awaitQuiet(settings.quietSeconds());
        int pairs = deck.size();
        Samples registrations = new Samples();
        Samples inbox = new Samples();
        Samples approvals = new Samples();
        AtomicLong seated = new AtomicLong();
        AtomicLong waitlisted = new AtomicLong();
        LoadWindow window = new LoadWindow(warmupSeconds, settings.durationSeconds());
        CpuMeter.Window cpu = CpuMeter.watch(window);
        PlannerStatistics.analyzeBeforeWindow(window, settings.dbUrl(), settings.dbUser(), settings.dbPassword());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            threads.add(start("app-client-" + c, () -> {
                while (!window.over()) {
                    int k = next.getAndIncrement();
                    if (k >= pairs) {
                        window.ranOut();
                        return;
                    }
                    int pair = deck.get(k);
                    User participant = participants.get(pair / sessionIds.size());
                    Reply reply = api.post(participant, "/api/sessions/" + sessionIds.get(pair % sessionIds.size()) + "/registrations", "{\"consent\": true}");
                    if (window.countsRegistration()) {
                        registrations.record(reply.status(), reply.nanos(), reply.is(201));
                        if (reply.is(201)) {
                            ("WAITLISTED".equals(ApiClient.status(reply.body())) ? waitlisted : seated).incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (int a = 0; a < settings.approvers(); a++) {
            User organizer = ApiClient.user(a % 2 == 0 ? settings.proposer() : settings.reviewer(), settings.demoPassword());
            threads.add(start("app-approver-" + a, () -> {
                while (!window.over()) {
                    Reply page = api.get(organizer, REGISTRATION_TASKS);
                    if (window.counts()) {
                        inbox.record(page.status(), page.nanos(), page.is(200));
                    }
                    List<String> tasks = page.is(200) ? ApiClient.textIds(page.body()) : List.of();
                    if (tasks.isEmpty()) {
                        pause();
                        continue;
                    }
                    String task = tasks.get(ThreadLocalRandom.current().nextInt(tasks.size()));
                    Reply done = api.post(organizer, "/api/tasks/" + task + "/complete", "{\"decision\":\"APPROVE\"}");
                    if (window.counts()) {
                        approvals.record(done.status(), done.nanos(), done.is(200));
                    }
                }
            }));
        }
        if (caravan.active()) {
            threads.addAll(caravan.start(window, caravanRound));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new LoadResult(registrations, inbox, approvals, window.seconds(), seated.get(), waitlisted.get(), window.ranOutEarly(),
                cpu.describe(), quietWait);
    }

    // --- 4. read paths --------------------------------------------------------------------

    /** Sequential calls by one organizer; a first 404 or 405 means the endpoint is not there, and the rest is skipped. */
    private Samples reads(java.util.function.IntFunction<String> path, User organizer) {
        return timed(i -> api.get(organizer, path.apply(i)), 200);
    }

    /**
     * {@code bench.reads} sequential calls after 5 warm-up calls, each a success when it answers
     * {@code expected}; a first 404 or 405 means the endpoint is not there, and the rest is skipped.
     */
    private Samples timed(java.util.function.IntFunction<Reply> call, int expected) {
        Samples samples = new Samples();
        for (int i = 0; i < 5; i++) {
            Reply warm = call.apply(i);
            if (warm.is(404) || warm.is(405)) {
                samples.record(warm.status(), warm.nanos(), false);
                return samples;
            }
        }
        for (int i = 0; i < settings.readCalls(); i++) {
            Reply reply = call.apply(i);
            samples.record(reply.status(), reply.nanos(), reply.is(expected));
        }
        return samples;
    }

    // --- 5. map, feedback results, impact reports and answers -----------------------------

    static final String[] MAP_MEASURES = {"OFFICIALS_TRAINED", "SESSIONS_HELD", "CARAVAN_STOPS", "CITIZENS_HELPED", "SATISFACTION"};

    /**
     * A year of held programme seeded (with a database), then sequential calls of the public map
     * (each measure, then the five in turn), the evaluator's results and impact report drafts for
     * the seeded programme and the last year, then one-use links issued on the open surveys and
     * answered by concurrent clients in a measured window.
     */
    private void impact(Report report) throws Exception {
        LocalDate to = LocalDate.now(ImpactSeed.SERBIA);
        LocalDate from = to.minusYears(1);
        ImpactSeed.Result seed = null;
        long programme;
        if (settings.hasDatabase()) {
            say("seeding a year of held programme: " + settings.impactSessions() + " sessions and " + settings.impactEvents()
                    + " caravan events, " + settings.impactRegistrations() + " registrations of " + settings.impactPeople()
                    + " people, " + settings.impactTaps() + " taps, " + settings.impactAnswers() + " feedback answers");
            seed = new ImpactSeed(settings, run).run();
            report.impactSeed(seed);
            programme = seed.programmeId();
            say("seeded in " + Math.round(seed.seconds()) + " s: " + seed.registrations() + " registrations (" + seed.attended()
                    + " attended), " + seed.responses() + " answers with " + seed.answerValues() + " values, " + seed.openSurveys()
                    + " surveys still open; the database holds " + seed.totalRegistrations() + " registrations");
        } else {
            programme = programmeOfMostTrainings(proposer());
        }
        report.impactScope(programme, from, to);
        User reader = ApiClient.anonymous();
        User evaluator = ApiClient.user(settings.evaluator(), settings.demoPassword());
        say("map, feedback results and impact report drafts (programme " + programme + ", " + from + " to " + to + ")");
        for (String measure : MAP_MEASURES) {
            report.impactCall("map: GET /api/map?measure=" + measure + " (public)", reads(i -> "/api/map?measure=" + measure, reader), 200);
        }
        report.impactCall("map: GET /api/map?measure= each in turn (public)",
                reads(i -> "/api/map?measure=" + MAP_MEASURES[i % MAP_MEASURES.length], reader), 200);
        String period = "programmeId=" + programme + "&from=" + from + "&to=" + to;
        report.impactCall("results: GET /api/feedback-results?programmeId=&from=&to= (evaluator)",
                reads(i -> "/api/feedback-results?" + period, evaluator), 200);
        String scope = "{\"programmeId\":" + programme + ",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
        report.impactCall("impact report draft: POST /api/impact-reports {programmeId, from, to} (evaluator)",
                timed(i -> api.post(evaluator, "/api/impact-reports", scope), 201), 201);
        if (seed == null || settings.answerClients() <= 0 || settings.answerTokens() <= 0) {
            return;
        }
        say("issuing " + settings.answerTokens() + " one-use feedback links on " + seed.openSurveys() + " open surveys");
        ImpactSeed.Tokens tokens = new ImpactSeed(settings, run).tokens(seed.openSurveyIds(), settings.answerTokens());
        List<String> bodies = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            bodies.add(ImpactSeed.answerBody(seed.questions(), k));
        }
        say("answer submission: " + settings.answerClients() + " clients, warm-up " + settings.impactWarmupSeconds() + " s, measured "
                + settings.durationSeconds() + " s");
        AnswerLoad.Result answers = AnswerLoad.run(settings, api, tokens.tokens(), bodies);
        report.answers(answers, tokens);
        say("answers: " + String.format(java.util.Locale.ROOT, "%.1f/s, p95 %.1f ms", answers.rate(), answers.answers().percentileMillis(95))
                + (answers.ranOutEarly() ? " (the links ran out early: more bench.impact.tokens)" : ""));
    }

    // --- 6. the campaign's competition: gallery, results and the public vote ----------------

    /**
     * Two competitions of the real campaign created over the API and seeded by JDBC (a finished one
     * with 5,000 entries and 500,000 votes, and a running one in its vote window), then sequential
     * calls of the gallery and the results at that scale, then a burst of votes against bare JDBC.
     */
    private void voting(Report report) throws Exception {
        if (!settings.hasDatabase()) {
            say("voting: skipped, it needs bench.db.url for its seed");
            return;
        }
        User organizer = proposer();
        java.time.LocalDateTime now = java.time.LocalDateTime.now(ImpactSeed.SERBIA).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long campaign = campaign();
        long finished = ApiClient.numberId(expect(api.post(organizer, "/api/competitions", competitionJson(campaign, "Završen konkurs " + run,
                now.minusMinutes(1), now.plusHours(1), now.plusHours(2), now.plusHours(1), now.plusHours(3))), 201, "create a competition").body());
        java.time.LocalDateTime votingOpens = now.plusSeconds(20);
        long running = ApiClient.numberId(expect(api.post(organizer, "/api/competitions", competitionJson(campaign, "Konkurs u toku " + run,
                now.minusMinutes(1), votingOpens, votingOpens.plusDays(10), votingOpens, votingOpens.plusDays(14))), 201, "create a competition").body());
        say("seeding the competitions " + finished + " (finished: " + settings.voteEntries() + " entries, " + settings.voteVotes()
                + " votes) and " + running + " (running: " + settings.voteTokens() + " vote requests)");
        VotingSeed.Result seed = new VotingSeed(settings).run(finished, running);
        report.votingSeed(seed, finished, running);
        User reader = ApiClient.anonymous();
        String category = "MY_ESERVICE";
        String lsgu = firstEntryLsgu(finished);
        report.votingCall("gallery: GET /api/competitions/{id}/entries?max=24 (public)",
                reads(i -> "/api/competitions/" + finished + "/entries?max=24", reader));
        report.votingCall("gallery of a category and a municipality: GET .../entries?category=&lsguCode=&max=24",
                reads(i -> "/api/competitions/" + finished + "/entries?category=" + category + "&lsguCode=" + lsgu + "&max=24", reader));
        report.votingCall("gallery, a page deep in: GET .../entries?first=4800&max=24",
                reads(i -> "/api/competitions/" + finished + "/entries?first=" + (settings.voteEntries() - 200) + "&max=24", reader));
        report.votingCall("results: GET /api/competitions/{id}/results (50 per category, public)",
                reads(i -> "/api/competitions/" + finished + "/results", reader));
        report.votingCall("competition with its votes cast: GET /api/competitions/{id}", reads(i -> "/api/competitions/" + finished, reader));
        while (java.time.LocalDateTime.now(ImpactSeed.SERBIA).isBefore(votingOpens.plusSeconds(1))) {
            pause();
        }
        say("voting: " + settings.voteClients() + " clients casting and confirming, warm-up " + settings.voteWarmupSeconds()
                + " s, measured " + settings.durationSeconds() + " s");
        VoteLoad.Result votes = VoteLoad.run(settings, api, running, seed.runningEntryIds(), seed.tokens());
        say("votes: " + String.format(java.util.Locale.ROOT, "%.1f/s, p95 %.1f ms", votes.rate(), votes.votes().percentileMillis(95)));
        long[] categories;
        try (java.sql.Connection c = ScaleSeed.connect(settings)) {
            categories = VotingSeed.categories(c, running);
        }
        VoteLoad.Bare bare = VoteLoad.bare(settings, running, categories[0], seed.runningEntryIds().get(0));
        say("bare JDBC: " + String.format(java.util.Locale.ROOT, "%.1f inserts/s, p95 %.1f ms", bare.rate(),
                bare.inserts().percentileMillis(95)));
        report.votes(votes, bare);
    }

    /** The real campaign, as the public API lists it. */
    private long campaign() {
        String body = expect(api.get(ApiClient.anonymous(), "/api/campaigns"), 200, "list campaigns").body();
        int at = body.indexOf("\"code\":\"da-kliknemo-zajedno\"");
        if (at < 0) {
            throw new IllegalStateException("the real campaign is not seeded");
        }
        return ApiClient.numberId(body.substring(body.lastIndexOf('{', at)));
    }

    private String competitionJson(long campaign, String title, java.time.LocalDateTime entryOpens, java.time.LocalDateTime entryCloses,
                                   java.time.LocalDateTime juryDeadline, java.time.LocalDateTime voteOpens, java.time.LocalDateTime voteCloses) {
        String names = "{\"sr-Latn\":\"" + title + "\",\"sr-Cyrl\":\"" + title + "\",\"en\":\"" + title + "\"}";
        return "{\"campaignId\":" + campaign + ",\"title\":" + names + ",\"rules\":" + names
                + ",\"categories\":[{\"code\":\"MY_ESERVICE\",\"name\":" + names + ",\"track\":\"ESERVICES\"},"
                + "{\"code\":\"OPEN_DATA\",\"name\":" + names + ",\"track\":\"OPEN_DATA\"}],"
                + "\"criteria\":[{\"code\":\"RELEVANCE\",\"name\":" + names + ",\"weight\":2},{\"code\":\"CLARITY\",\"name\":" + names
                + ",\"weight\":1}],\"jurors\":[\"" + settings.juror() + "\"],\"entryOpens\":\"" + entryOpens + "\",\"entryCloses\":\""
                + entryCloses + "\",\"juryDeadline\":\"" + juryDeadline + "\",\"voteOpens\":\"" + voteOpens + "\",\"voteCloses\":\""
                + voteCloses + "\"}";
    }

    /** The municipality of the competition's first entry of its first category, for the filtered gallery. */
    private String firstEntryLsgu(long competition) throws java.sql.SQLException {
        try (java.sql.Connection c = ScaleSeed.connect(settings);
             java.sql.PreparedStatement q = c.prepareStatement("select lsgu_code from competition_entry where competition_id = ?"
                     + " order by id")) {
            q.setLong(1, competition);
            q.setMaxRows(1);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Without a database: the programme with the most trainings in the catalogue (the lowest id of equals), as the seed picks it. */
    private long programmeOfMostTrainings(User organizer) {
        String body = expect(api.get(organizer, "/api/trainings?max=200"), 200, "list trainings").body();
        java.util.Map<Long, Integer> counts = new java.util.TreeMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"programmeId\":(\\d+)").matcher(body);
        while (m.find()) {
            counts.merge(Long.parseLong(m.group(1)), 1, Integer::sum);
        }
        long best = -1;
        int most = 0;
        for (java.util.Map.Entry<Long, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no training in the catalogue (is the app in demo mode?)");
        }
        return best;
    }

    private static List<Long> interleave(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i < a.size()) {
                all.add(a.get(i));
            }
            if (i < b.size()) {
                all.add(b.get(i));
            }
        }
        return all;
    }

    // --- environment ----------------------------------------------------------------------

    private User proposer() {
        return ApiClient.user(settings.proposer(), settings.demoPassword());
    }

    /**
     * Bare engine's database, empty: the given one, else next to the app's (PostgreSQL: a database
     * of its own on the same server, dropped and created again; H2: a file of its own, deleted first).
     */
    private String bareUrl() throws Exception {
        if (!settings.bareUrl().isBlank()) {
            return settings.bareUrl();
        }
        if (settings.postgres()) {
            String url = settings.dbUrl();
            int slash = url.lastIndexOf('/');
            int query = url.indexOf('?', slash);
            String name = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + "_bare";
            try (Connection c = ScaleSeed.connect(settings); java.sql.Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name);
                s.execute("create database " + name);
            }
            return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
        }
        Path dir = settings.reportDir().resolve("bare-h2").toAbsolutePath();
        if (Files.isDirectory(dir)) {
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        return "jdbc:h2:file:" + dir.resolve("camunda") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    }

    private String databaseProduct() {
        if (!settings.hasDatabase()) {
            return "not given (bench.db.url unset): " + (settings.baseUrl());
        }
        try (Connection c = ScaleSeed.connect(settings)) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (Exception e) {
            throw new IllegalStateException("cannot reach the application's database at " + settings.dbUrl(), e);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "n/a";
        }
    }

    private static Reply expect(Reply reply, int status, String what) {
        if (!reply.is(status)) {
            throw new IllegalStateException("could not " + what + ": HTTP " + reply.status() + " " + reply.body());
        }
        return reply;
    }

    private static void parallel(int threads, int count, IntConsumer work) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            started.add(start("setup-" + t, () -> {
                for (int i = next.getAndIncrement(); i < count && failures.isEmpty(); i = next.getAndIncrement()) {
                    try {
                        work.accept(i);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Thread thread : started) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void say(String line) {
        System.out.println("[bench " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + line);
    }
}
