package rs.eobuka.platform.mail;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import rs.eobuka.platform.health.ApplicationStart;
import rs.eobuka.platform.privacy.RetentionBatches;

/**
 * Keeps sent e-mail (names, links, tokens in its body) only as long as the record of processing
 * says: every night, messages sent longer ago than {@code eobuka.outbox.retention-days} (90 by
 * default) are deleted, a batch per transaction. Failed and held messages stay until an admin
 * sends them again.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxRetention {

    static final int DEFAULT_RETENTION_DAYS = 90;
    private static final Logger LOG = Logger.getLogger(OutboxRetention.class.getName());

    @EJB
    OutboxPurge purge;

    @Schedule(hour = "3", minute = "20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void purgeNightly() {
        if (ApplicationStart.isComplete()) {
            purgeAsOf(Instant.now());
        }
    }

    /** Deletes what was sent before the retention period that ends at {@code now}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int purgeAsOf(Instant now) {
        Instant cutoff = now.minus(retention());
        int deleted = RetentionBatches.untilShort(() -> purge.deleteSentBefore(cutoff), OutboxPurge.BATCH);
        if (deleted > 0) {
            int total = deleted;
            LOG.info(() -> "Deleted " + total + " e-mails sent before " + cutoff);
        }
        return deleted;
    }

    public static Duration retention() {
        return Duration.ofDays(Integer.getInteger("eobuka.outbox.retention-days", DEFAULT_RETENTION_DAYS));
    }
}
