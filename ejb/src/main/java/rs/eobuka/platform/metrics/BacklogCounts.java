package rs.eobuka.platform.metrics;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import rs.eobuka.platform.engine.EngineOperations;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxStatus;

/**
 * The backlogs an operator acts on, counted in the database at most once every
 * {@value #FRESH_FOR_SECONDS} seconds however often they are scraped: open incidents, jobs out of
 * retries, and the mail outbox's messages waiting to go and those it gave up on.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BacklogCounts {

    static final int FRESH_FOR_SECONDS = 5;

    /** The counts at one moment. */
    public record Counts(Instant at, long openIncidents, long jobsOutOfRetries, long outboxPending, long outboxFailed) {
    }

    @EJB
    EngineOperations engine;

    @EJB
    MailOutbox outbox;

    Clock clock = Clock.systemUTC();

    private volatile Counts last;

    /** The last counts when they are fresh, otherwise new ones (one scrape counts at a time). */
    public Counts current() {
        Counts counts = last;
        if (counts != null && isFresh(counts)) {
            return counts;
        }
        synchronized (this) {
            if (last == null || !isFresh(last)) {
                last = new Counts(clock.instant(), engine.countOpenIncidents(), engine.countFailedJobs(),
                        outbox.count(OutboxStatus.PENDING), outbox.count(OutboxStatus.FAILED));
            }
            return last;
        }
    }

    private boolean isFresh(Counts counts) {
        return Duration.between(counts.at(), clock.instant()).getSeconds() < FRESH_FOR_SECONDS;
    }
}
