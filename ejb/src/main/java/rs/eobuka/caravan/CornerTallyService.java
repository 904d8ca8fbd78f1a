package rs.eobuka.caravan;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import rs.eobuka.platform.errors.AccessDeniedException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.time.SerbianTime;

/**
 * The Digital Corner's tally. A tap is one insert, keyed by the event and the device's tap id:
 * sent again (a retry, a queue flushed after the network came back) it returns the stored tap
 * and counts nothing. Taps at one event do not wait for each other: each is written in a
 * transaction of its own ({@link CornerTapStore}), and when two sends of one tap arrive at once
 * the unique (event, tap id) constraint refuses the second, which then answers with the first's
 * row. No process instance is involved. Staff only ({@link CaravanStaff}).
 */
@Stateless
public class CornerTallyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CornerTapStore taps;

    @Inject
    CaravanStaff staff;

    // outside a transaction: a tap's write is one of its own, so that a refused duplicate can be read back
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public TapResult record(long eventId, @NotNull @Valid TapInput tap, String username, boolean organizer) {
        try {
            return taps.store(eventId, tap, username, organizer);
        } catch (TapRefusedException refused) {
            // the same tap sent twice at once: the other send stored it, and the constraint refused this one
            return taps.find(eventId, tap.clientTapId()).map(stored -> new TapResult(stored, false))
                    .orElseThrow(() -> new EJBException("tap " + tap.clientTapId() + " refused", refused));
        }
    }

    /** Takes a tap back, within a minute of when it was made. */
    public CornerTap undo(long eventId, String clientTapId, String username, boolean organizer) {
        staffedEvent(eventId, username, organizer);
        CornerTap tap = taps.find(eventId, clientTapId)
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
        return organizer || staff.isTrainerAt(eventId, username);
    }

    private CaravanEvent staffedEvent(long eventId, String username, boolean organizer) {
        CaravanEvent event = em.find(CaravanEvent.class, eventId);
        if (event == null) {
            throw new NotFoundException("caravan.event.notFound", String.valueOf(eventId));
        }
        if (!isStaff(eventId, username, organizer)) {
            throw new AccessDeniedException("caravan.tally.notStaff");
        }
        return event;
    }
}
