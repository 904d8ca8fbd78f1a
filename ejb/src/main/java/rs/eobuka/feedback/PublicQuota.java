package rs.eobuka.feedback;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDateTime;

/**
 * The hourly allowance of a public survey's answers per device and per address. Each take is a
 * transaction of its own: the row's update is the guard (it counts only below the limit), and
 * the first answer of an hour inserts the row; two first answers at once meet the primary key,
 * and the loser is told to try again.
 */
@Stateless
public class PublicQuota {

    @PersistenceContext
    EntityManager em;

    /** Counts one answer for the key in this hour, if the limit allows it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean take(long surveyId, String clientHash, LocalDateTime hourStart, int limit) {
        int counted = em.createNativeQuery("update feedback_public_quota set answers = answers + 1"
                        + " where survey_id = ?1 and client_hash = ?2 and hour_start = ?3 and answers < ?4")
                .setParameter(1, surveyId).setParameter(2, clientHash).setParameter(3, hourStart).setParameter(4, limit)
                .executeUpdate();
        if (counted == 1) {
            return true;
        }
        boolean full = !em.createNativeQuery("select answers from feedback_public_quota"
                        + " where survey_id = ?1 and client_hash = ?2 and hour_start = ?3")
                .setParameter(1, surveyId).setParameter(2, clientHash).setParameter(3, hourStart).getResultList().isEmpty();
        if (full || limit < 1) {
            return false;
        }
        try {
            em.createNativeQuery("insert into feedback_public_quota (survey_id, client_hash, hour_start, answers) values (?1, ?2, ?3, 1)")
                    .setParameter(1, surveyId).setParameter(2, clientHash).setParameter(3, hourStart).executeUpdate();
            em.flush();
        } catch (PersistenceException raced) {
            throw new QuotaRaceException(raced);
        }
        return true;
    }

    /** Another first answer of the hour inserted the row at the same moment: take again. */
    @ApplicationException(rollback = true)
    public static class QuotaRaceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        QuotaRaceException(Throwable cause) {
            super(cause);
        }
    }
}
