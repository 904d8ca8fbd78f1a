package rs.eobuka.caravan;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.time.SerbianTime;

/**
 * The Digital Corner's tally. A tap is one insert, keyed by the event and the device's tap id:
 * sent again (a retry, a queue flushed after the network came back) it returns the stored tap
 * and counts nothing. Concurrent sends of one tap are put in a row by the event's row lock, taken
 * before the tap is looked up, so the second finds the first's row instead of failing on the
 * unique (event, tap id) constraint, which stays as the database's guarantee. (Catching that
 * failure would need a nested transaction per tap, which the connection handling of this
 * persistence unit logs as a returned unknown connection.) No process instance is involved. Staff only: organizers and the trainers
 * assigned to the event's parts (a trainer's account is the one with the trainer's e-mail).
 */
@Stateless
public class CornerTallyService {

    /** Clocks of devices drift; a tap "made" later than this ahead of the server is taken as made now. */
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    public TapResult record(long eventId, @NotNull @Valid TapInput tap, String username, boolean organizer) {
        CaravanEvent event = staffedEvent(eventId, LockModeType.PESSIMISTIC_WRITE, username, organizer);
        if (event.getStatus() == CaravanEventStatus.CANCELLED) {
            throw new RuleViolationException(null, "caravan.event.cancelled");
        }
        if (event.getDay().isAfter(CaravanService.today())) {
            throw new RuleViolationException(null, "caravan.tally.notYet");
        }
        if (tap.service() == CornerService.OTHER && (tap.note() == null || tap.note().isBlank())) {
            throw new RuleViolationException("note", "caravan.tally.noteRequired");
        }
        Optional<CornerTap> sentBefore = find(eventId, tap.clientTapId());
        if (sentBefore.isPresent()) {
            return new TapResult(sentBefore.get(), false);
        }
        // milliseconds, as the database keeps them: a repeated tap answers with exactly what was stored
        LocalDateTime now = SerbianTime.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime tappedAt = tap.tappedAt() == null || tap.tappedAt().isAfter(now.plus(CLOCK_SKEW)) ? now
                : tap.tappedAt().truncatedTo(ChronoUnit.MILLIS);
        CornerTap stored = new CornerTap(eventId, tap, username, tappedAt, now);
        em.persist(stored);
        em.flush();
        return new TapResult(stored, true);
    }

    /** Takes a tap back, within a minute of when it was made. */
    public CornerTap undo(long eventId, String clientTapId, String username, boolean organizer) {
        staffedEvent(eventId, username, organizer);
        CornerTap tap = find(eventId, clientTapId)
                .orElseThrow(() -> new NotFoundException("caravan.tally.tapNotFound", clientTapId));
        tap.undo(SerbianTime.now());
        return tap;
    }

    public TallyTotals totals(long eventId, String username, boolean organizer) {
        staffedEvent(eventId, username, organizer);
        return eventTotals(eventId);
    }

    /** Totals of one event, for its report (no staff check: the report is the organizers'). */
    public TallyTotals eventTotals(long eventId) {
        Map<CornerService, Long> byService = new EnumMap<>(CornerService.class);
        for (CornerService service : CornerService.values()) {
            byService.put(service, 0L);
        }
        long total = 0;
        for (Object[] row : em.createQuery("select t.service, count(t) from CornerTap t where t.eventId = :event"
                        + " and t.undoneAt is null group by t.service", Object[].class)
                .setParameter("event", eventId).getResultList()) {
            byService.put((CornerService) row[0], (Long) row[1]);
            total += (Long) row[1];
        }
        Map<AgeBand, Long> byAge = new EnumMap<>(AgeBand.class);
        em.createQuery("select t.ageBand, count(t) from CornerTap t where t.eventId = :event and t.undoneAt is null"
                        + " and t.ageBand is not null group by t.ageBand", Object[].class)
                .setParameter("event", eventId).getResultList()
                .forEach(row -> byAge.put((AgeBand) row[0], (Long) row[1]));
        long deviceHelp = em.createQuery("select count(t) from CornerTap t where t.eventId = :event and t.undoneAt is null"
                        + " and t.deviceHelp = true", Long.class)
                .setParameter("event", eventId).getSingleResult();
        return new TallyTotals(total, byService, byAge, deviceHelp);
    }

    /** Citizens helped per LSGU over all events, most first. */
    public List<LsguTally> totalsByLsgu() {
        return em.createQuery("select new rs.eobuka.caravan.LsguTally(e.lsgu, count(t)) from CornerTap t, CaravanEvent e"
                        + " where t.eventId = e.id and t.undoneAt is null group by e.lsgu order by count(t) desc", LsguTally.class)
                .getResultList();
    }

    /** Citizens helped per service over all events. */
    public Map<CornerService, Long> totalsByService() {
        Map<CornerService, Long> result = new EnumMap<>(CornerService.class);
        em.createQuery("select t.service, count(t) from CornerTap t where t.undoneAt is null group by t.service", Object[].class)
                .getResultList().forEach(row -> result.put((CornerService) row[0], (Long) row[1]));
        return result;
    }

    /** Whether the user may count at the event: an organizer, or a trainer of one of its parts. */
    public boolean isStaff(long eventId, String username, boolean organizer) {
        if (organizer) {
            return true;
        }
        List<Long> found = em.createQuery("select p.id from CaravanPart p join p.trainers t, Account a"
                        + " where p.event.id = :event and a.username = :user and lower(a.email) = t.email", Long.class)
                .setParameter("event", eventId).setParameter("user", username).setMaxResults(1).getResultList();
        return !found.isEmpty();
    }

    private CaravanEvent staffedEvent(long eventId, String username, boolean organizer) {
        return staffedEvent(eventId, LockModeType.NONE, username, organizer);
    }

    private CaravanEvent staffedEvent(long eventId, LockModeType lock, String username, boolean organizer) {
        CaravanEvent event = em.find(CaravanEvent.class, eventId, lock);
        if (event == null) {
            throw new NotFoundException("caravan.event.notFound", String.valueOf(eventId));
        }
        if (!isStaff(eventId, username, organizer)) {
            throw new AccessDeniedException("caravan.tally.notStaff");
        }
        return event;
    }

    private Optional<CornerTap> find(long eventId, String clientTapId) {
        return em.createQuery("select t from CornerTap t where t.eventId = :event and t.clientTapId = :client", CornerTap.class)
                .setParameter("event", eventId).setParameter("client", clientTapId)
                .getResultStream().findFirst();
    }
}
