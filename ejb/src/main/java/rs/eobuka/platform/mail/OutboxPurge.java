package rs.eobuka.platform.mail;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** One batch of the outbox's retention, in its own transaction so a large backlog never holds long locks. */
@Stateless
public class OutboxPurge {

    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    public int deleteSentBefore(Instant cutoff) {
        List<Long> ids = em.createQuery("select m.id from OutboxMessage m where m.status = :sent and m.sentAt < :cutoff"
                        + " order by m.sentAt", Long.class)
                .setParameter("sent", OutboxStatus.SENT)
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from OutboxMessage m where m.id in :ids").setParameter("ids", ids).executeUpdate();
    }
}
