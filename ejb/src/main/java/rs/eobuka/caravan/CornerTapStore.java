package rs.eobuka.caravan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.time.SerbianTime;

/**
 * Writes Digital Corner taps, each in a transaction of its own, keyed by the event and the
 * device's tap id. {@link CornerTallyService} calls it from outside any transaction, so that a
 * tap refused by the unique (event, tap id) constraint rolls back alone and can be looked up again.
 * A tap is the busiest write of an event day: its checks and its insert share the transaction and
 * one statement reads all a tap needs to know.
 */
@Stateless
public class CornerTapStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaravanStaff staff;

    /**
     * Checks the tap against its event and stores it, or returns the one stored before under its
     * tap id (a retry sent after it).
     */
    public TapResult store(long eventId, TapInput tap, String username, boolean organizer) {
        // the event's status and day (not the event with its LSGU and parts) and the tap if it came before
        Object[] found = em.createQuery("select e.status, e.day, t from CaravanEvent e left join CornerTap t"
                        + " on t.eventId = e.id and t.clientTapId = :client where e.id = :event", Object[].class)
                .setParameter("event", eventId).setParameter("client", tap.clientTapId())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("caravan.event.notFound", String.valueOf(eventId)));
        if (!organizer && !staff.isTrainerAt(eventId, username)) {
            throw new AccessDeniedException("caravan.tally.notStaff");
        }
        TapRules.check((CaravanEventStatus) found[0], (LocalDate) found[1], tap);
        if (found[2] != null) {
            return new TapResult((CornerTap) found[2], false);
        }
        // milliseconds, as the database keeps them: a repeated tap answers with exactly what was stored
        LocalDateTime now = SerbianTime.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime tappedAt = tap.tappedAt() == null || tap.tappedAt().isAfter(now.plus(TapRules.CLOCK_SKEW)) ? now
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
