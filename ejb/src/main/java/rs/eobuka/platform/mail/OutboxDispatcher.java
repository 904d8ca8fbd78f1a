package rs.eobuka.platform.mail;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import rs.eobuka.platform.health.ApplicationStart;

/**
 * Every ten seconds, sends the messages that are due, batch after batch while any are due, each
 * in its own transaction, so one bad message or a mail-server outage never blocks or loses the others.
 * The timer fires from the moment the bean is deployed, so it does nothing until the application
 * has started ({@link ApplicationStart}): before that, its queries find no tables yet, and its
 * call to the sender waits on WildFly's start-up countdown, which a stop during start-up never ends.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDispatcher {

    static final int BATCH = 50;
    /** A run keeps taking batches while messages are due, up to about one timer period. */
    static final long BUDGET_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(9);

    @PersistenceContext
    EntityManager em;

    @EJB
    OutboxSender sender;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatchDue() {
        if (!ApplicationStart.isComplete() || !running.compareAndSet(false, true)) {
            return; // not started yet, or the previous run is still sending
        }
        try {
            // under load (dozens of registrations a second) one batch per tick would fall behind
            long deadline = System.nanoTime() + BUDGET_NANOS;
            List<Long> due;
            do {
                due = dueIds();
                if (OutboxSender.keepsMailInApp()) {
                    sender.holdAll(due);
                } else {
                    due.forEach(sender::send);
                }
            } while (due.size() == BATCH && System.nanoTime() < deadline);
        } finally {
            running.set(false);
        }
    }

    private List<Long> dueIds() {
        return em.createQuery("select m.id from OutboxMessage m where m.status = :pending and m.nextAttemptAt <= :now"
                        + " order by m.nextAttemptAt", Long.class)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", Instant.now())
                .setMaxResults(BATCH)
                .getResultList();
    }
}
