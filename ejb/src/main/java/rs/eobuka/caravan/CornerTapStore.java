package rs.eobuka.caravan;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import rs.eobuka.platform.time.SerbianTime;

/**
 * Writes Digital Corner taps, each in a transaction of its own, keyed by the event and the
 * device's tap id. {@link CornerTallyService} calls it from outside any transaction, so that a
 * tap refused by the unique (event, tap id) constraint rolls back alone and can be looked up again.
 */
@Stateless
public class CornerTapStore {

    @PersistenceContext
    EntityManager em;

    /** Stores the tap, or returns the one stored before under its tap id (a retry sent after it). */
    public TapResult store(long eventId, TapInput tap, String username) {
        Optional<CornerTap> sentBefore = find(eventId, tap.clientTapId());
        if (sentBefore.isPresent()) {
            return new TapResult(sentBefore.get(), false);
        }
        // milliseconds, as the database keeps them: a repeated tap answers with exactly what was stored
        LocalDateTime now = SerbianTime.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime tappedAt = tap.tappedAt() == null || tap.tappedAt().isAfter(now.plus(CornerTallyService.CLOCK_SKEW)) ? now
                : tap.tappedAt().truncatedTo(ChronoUnit.MILLIS);
        CornerTap stored = new CornerTap(eventId, tap, username, tappedAt, now);
        try {
            em.persist(stored);
            em.flush();
        } catch (PersistenceException refused) {
            throw new TapRefusedException(refused);
        }
        return new TapResult(stored, true);
    }

    public Optional<CornerTap> find(long eventId, String clientTapId) {
        return em.createQuery("select t from CornerTap t where t.eventId = :event and t.clientTapId = :client", CornerTap.class)
                .setParameter("event", eventId).setParameter("client", clientTapId)
                .getResultStream().findFirst();
    }
}
