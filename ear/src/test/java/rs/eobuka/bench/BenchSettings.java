package rs.eobuka.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * What one benchmark run does, from {@code -Dbench.*} system properties with the defaults of
 * README.md in this package. The application's database ({@code bench.db.*}) is optional: without it the run
 * cannot seed the read paths and says so in the report.
 */
record BenchSettings(String baseUrl, int participants, int sessions, int smallSessions, int smallCapacity,
                     int clients, int approvers, int warmupSeconds, int rewarmSeconds, int durationSeconds, int rounds, int quietSeconds,
                     String participantPassword, String admin, String demoPassword, String proposer, String reviewer,
                     String dbUrl, String dbUser, String dbPassword, String bareUrl, String bareUser, String barePassword,
                     int seedRegistrations, int seedPerSession, int seedTasks, int readCalls, String rosterSort,
                     Path reportDir, Set<String> phases,
                     int tappers, int slotProposers, int workshopRequests,
                     int calendarTrainers, int calendarVenues, int calendarBookings,
                     int impactSessions, int impactEvents, int impactRegistrations, int impactPeople, int impactAnswers,
                     int impactTaps, int answerClients, int answerTokens, int impactWarmupSeconds, String evaluator,
                     int voteClients, int voteEntries, int voteVotes, int voteTokens, int voteWarmupSeconds, String juror) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                text("bench.url", "http://localhost:8080").replaceAll("/+$", ""),
                number("bench.participants", 1000),
                number("bench.sessions", 200),
                number("bench.smallSessions", 5),
                number("bench.smallCapacity", 10),
                number("bench.clients", 8),
                number("bench.approvers", 1),
                number("bench.warmup", 300),
                number("bench.rewarm", 20),
                number("bench.duration", 60),
                Math.max(1, number("bench.rounds", 5)),
                number("bench.quiet", 180),
                text("bench.participantPassword", "bench-lozinka-12345"),
                text("bench.admin", "admin"),
                text("bench.demoPassword", "demo-lozinka"),
                text("bench.proposer", "organizer"),
                text("bench.reviewer", "coordinator"),
                text("bench.db.url", ""),
                text("bench.db.user", "sa"),
                text("bench.db.password", "sa"),
                text("bench.bare.url", ""),
                text("bench.bare.user", text("bench.db.user", "sa")),
                text("bench.bare.password", text("bench.db.password", "sa")),
                number("bench.seed.registrations", 100_000),
                number("bench.seed.perSession", 1_000),
                number("bench.seed.tasks", 10_000),
                number("bench.reads", 200),
                text("bench.roster.sort", "REGISTERED_AT"),
                Path.of(text("bench.reportDir", "target/benchmark")),
                Set.copyOf(Arrays.asList(text("bench.phases", "bare,reads,calendar,impact,voting").split("\\s*,\\s*"))),
                number("bench.tappers", 8),
                number("bench.slotProposers", 1),
                number("bench.workshopRequests", 20),
                number("bench.calendar.trainers", 200),
                number("bench.calendar.venues", 500),
                number("bench.calendar.bookings", 20_000),
                number("bench.impact.sessions", 800),
                number("bench.impact.events", 200),
                number("bench.impact.registrations", 100_000),
                number("bench.impact.people", 25_000),
                number("bench.impact.answers", 60_000),
                number("bench.impact.taps", 10_000),
                number("bench.impact.clients", 8),
                number("bench.impact.tokens", 96_000),
                number("bench.impact.warmup", 20),
                text("bench.evaluator", "evaluator"),
                number("bench.vote.clients", 16),
                number("bench.vote.entries", 5_000),
                number("bench.vote.votes", 500_000),
                number("bench.vote.tokens", 200_000),
                number("bench.vote.warmup", 20),
                text("bench.juror", "juror"));
    }

    /**
     * {@code bench.phases}: what runs after the load on the app (which always runs), of
     * {@code bare}, {@code reads}, {@code calendar}, {@code impact} and {@code voting}; all by default, {@code -Dbench.phases=} for the app alone.
     */
    boolean runs(String phase) {
        return phases.contains(phase);
    }

    /** Round 1 warms a fresh server's JIT; later rounds only settle after the other side's phase. */
    int warmupSeconds(int round) {
        return round == 0 ? warmupSeconds : rewarmSeconds;
    }

    boolean hasDatabase() {
        return !dbUrl.isBlank();
    }

    boolean postgres() {
        return dbUrl.startsWith("jdbc:postgresql:");
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null ? fallback : value.strip();
    }

    private static int number(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
