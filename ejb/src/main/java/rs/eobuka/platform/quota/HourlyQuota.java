package rs.eobuka.platform.quota;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDateTime;

/**
 * What a client may do in an hour, per scope (the votes of one competition, say), the client
 * known only by a hash. Each take is a transaction of its own, so a refused or failed request
 * still counts: the row's guarded update is the check (it counts only below the limit), and the
 * first use of an hour inserts the row; two first uses at once meet the primary key and the
 * loser takes again.
 */
@Stateless
public class HourlyQuota {

    @PersistenceContext
    EntityManager em;

    /** Counts one use for the client in this hour, if the limit allows it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean take(String scope, String clientHash, LocalDateTime hourStart, int limit) {
        int counted = em.createNativeQuery("update hourly_quota set used = used + 1"
                        + " where scope = ?1 and client_hash = ?2 and hour_start = ?3 and used < ?4")
                .setParameter(1, scope).setParameter(2, clientHash).setParameter(3, hourStart).setParameter(4, limit).executeUpdate();
        if (counted == 1) {
            return true;
        }
        boolean full = !em.createNativeQuery("select used from hourly_quota where scope = ?1 and client_hash = ?2 and hour_start = ?3")
                .setParameter(1, scope).setParameter(2, clientHash).setParameter(3, hourStart).getResultList().isEmpty();
        if (full || limit < 1) {
            return false;
        }
        try {
            em.createNativeQuery("insert into hourly_quota (scope, client_hash, hour_start, used) values (?1, ?2, ?3, 1)")
                    .setParameter(1, scope).setParameter(2, clientHash).setParameter(3, hourStart).executeUpdate();
            em.flush();
        } catch (PersistenceException raced) {
            throw new RaceException(raced);
        }
        return true;
    }

    /** Another first use of the hour inserted the row at the same moment: take again. */
    @ApplicationException(rollback = true)
    public static class RaceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RaceException(Throwable cause) {
            super(cause);
        }
    }
}
