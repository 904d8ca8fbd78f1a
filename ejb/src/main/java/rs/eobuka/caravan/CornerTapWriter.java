package rs.eobuka.caravan;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

/**
 * Inserts a tap in a transaction of its own, so that a duplicate (the same client tap id, sent
 * again while the first was being stored) fails on the unique constraint without spoiling the
 * caller's transaction, which then reads the tap that won.
 */
@Stateless
public class CornerTapWriter {

    @PersistenceContext
    EntityManager em;

    /** The stored tap, or empty when the event already has a tap with this client id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<CornerTap> insert(CornerTap tap) {
        try {
            em.persist(tap);
            em.flush();
            return Optional.of(tap);
        } catch (PersistenceException duplicate) {
            // the transaction is marked for rollback; the container rolls it back when this returns
            return Optional.empty();
        }
    }
}
