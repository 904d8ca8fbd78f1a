package rs.eobuka.feedback;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import rs.eobuka.platform.health.ApplicationStart;
import rs.eobuka.platform.privacy.RetentionBatches;
import rs.eobuka.platform.time.SerbianTime;

/**
 * Keeps who was invited to a survey only as long as the record of processing says: every night,
 * the invitations of surveys closed longer ago than {@code eobuka.feedback.invitation-retention-days}
 * (90 by default) forget their invitee, a batch per transaction.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InvitationRetention {

    static final int DEFAULT_RETENTION_DAYS = 90;
    private static final Logger LOG = Logger.getLogger(InvitationRetention.class.getName());

    @EJB
    InvitationPurge purge;

    @Schedule(hour = "3", minute = "40", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void forgetNightly() {
        if (ApplicationStart.isComplete()) {
            forgetAsOf(Instant.now());
        }
    }

    /** Forgets the invitees of surveys closed before the retention period that ends at {@code now}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int forgetAsOf(Instant now) {
        LocalDateTime cutoff = LocalDateTime.ofInstant(now.minus(retention()), SerbianTime.ZONE);
        int forgotten = RetentionBatches.untilShort(() -> purge.forgetInviteesClosedBefore(cutoff), InvitationPurge.BATCH);
        if (forgotten > 0) {
            int total = forgotten;
            LOG.info(() -> "Forgot the invitees of " + total + " invitations to surveys closed before " + cutoff);
        }
        return forgotten;
    }

    public static Duration retention() {
        return Duration.ofDays(Integer.getInteger("eobuka.feedback.invitation-retention-days", DEFAULT_RETENTION_DAYS));
    }
}
