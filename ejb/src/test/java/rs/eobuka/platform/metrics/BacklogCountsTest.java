package rs.eobuka.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.engine.EngineOperations;
import rs.eobuka.platform.mail.MailOutbox;
import rs.eobuka.platform.mail.OutboxStatus;

/** Scrapes count the backlogs in the database at most once every few seconds. */
class BacklogCountsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void shouldCountAgainOnlyOnceTheLastCountsAreSecondsOld() {
        BacklogCounts counts = new BacklogCounts();
        counts.engine = mock(EngineOperations.class);
        counts.outbox = mock(MailOutbox.class);
        when(counts.engine.countOpenIncidents()).thenReturn(2L, 3L);
        when(counts.engine.countFailedJobs()).thenReturn(1L);
        when(counts.outbox.count(OutboxStatus.PENDING)).thenReturn(40L);
        when(counts.outbox.count(OutboxStatus.FAILED)).thenReturn(5L);

        counts.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        BacklogCounts.Counts first = counts.current();
        assertThat(first).isEqualTo(new BacklogCounts.Counts(NOW, 2, 1, 40, 5));

        // a scrape within the few seconds gets the same counts
        counts.clock = Clock.fixed(NOW.plusSeconds(BacklogCounts.FRESH_FOR_SECONDS - 1), ZoneOffset.UTC);
        assertThat(counts.current()).isSameAs(first);
        verify(counts.engine, times(1)).countOpenIncidents();

        // a later one counts again
        Instant later = NOW.plus(Duration.ofSeconds(BacklogCounts.FRESH_FOR_SECONDS));
        counts.clock = Clock.fixed(later, ZoneOffset.UTC);
        assertThat(counts.current().openIncidents()).isEqualTo(3);
        assertThat(counts.current().at()).isEqualTo(later);
        verify(counts.engine, times(2)).countOpenIncidents();
    }
}
