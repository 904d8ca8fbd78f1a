package rs.eobuka.booking;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;

/**
 * The planning calendar's data: active bookings and trainers' absences in a span of time, each
 * read in one query that returns only the columns shown (no entity graphs, no per-row loads), on
 * the indexes of V4 and V7, so a month stays fast with thousands of bookings.
 */
@Stateless
public class BookingCalendarService {

    /** More than a month of a busy programme; the calendar never asks for more in one view. */
    static final int MAX_ROWS = 5000;

    @PersistenceContext
    EntityManager em;

    /** Active bookings overlapping the span, by start. */
    public List<CalendarBooking> bookings(CalendarFilter filter) {
        StringBuilder jpql = new StringBuilder("select new rs.eobuka.booking.CalendarBooking(b.id, b.startsAt, b.endsAt,"
                + " b.holderKind, b.holderId, b.label, b.lsguCode, b.topic, t.id, t.fullName, v.id, v.name)"
                + " from Booking b left join b.trainer t left join b.venue v left join v.lsgu vl"
                + " where b.active = true and b.startsAt < :to and b.endsAt > :from");
        if (!filter.trainerIds().isEmpty() && !filter.venueIds().isEmpty()) {
            jpql.append(" and (t.id in :trainers or v.id in :venues)");
        } else if (!filter.trainerIds().isEmpty()) {
            jpql.append(" and t.id in :trainers");
        } else if (!filter.venueIds().isEmpty()) {
            jpql.append(" and v.id in :venues");
        }
        if (filter.region() != null) {
            jpql.append(" and (b.lsguCode in (select l.code from LocalSelfGovernmentUnit l where l.regionLatn = :region)"
                    + " or vl.code in (select l2.code from LocalSelfGovernmentUnit l2 where l2.regionLatn = :region))");
        }
        if (filter.topic() != null) {
            jpql.append(" and b.topic = :topic");
        }
        jpql.append(" order by b.startsAt, b.id");
        TypedQuery<CalendarBooking> query = em.createQuery(jpql.toString(), CalendarBooking.class)
                .setParameter("from", filter.from()).setParameter("to", filter.to());
        bindResources(query, filter.trainerIds(), filter.venueIds());
        if (filter.region() != null) {
            query.setParameter("region", filter.region());
        }
        if (filter.topic() != null) {
            query.setParameter("topic", filter.topic());
        }
        return query.setMaxResults(MAX_ROWS).getResultList();
    }

    /**
     * Trainers' absences overlapping the span, by start: of the chosen trainers, or of every trainer
     * who travels to the region and teaches the topic. Asked for venues only, there are none.
     */
    public List<CalendarAbsence> absences(CalendarFilter filter) {
        if (filter.trainerIds().isEmpty() && !filter.venueIds().isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select new rs.eobuka.booking.CalendarAbsence(u.id, t.id, t.fullName,"
                + " u.startsAt, u.endsAt, u.reason) from TrainerUnavailability u join u.trainer t"
                + " where u.startsAt < :to and u.endsAt > :from");
        if (!filter.trainerIds().isEmpty()) {
            jpql.append(" and t.id in :trainers");
        }
        if (filter.region() != null) {
            jpql.append(" and (:region member of t.regions or exists (select l.code from LocalSelfGovernmentUnit l"
                    + " where l.regionLatn = :region and l.code member of t.lsguCodes))");
        }
        if (filter.topic() != null) {
            jpql.append(" and :topic member of t.topics");
        }
        jpql.append(" order by u.startsAt, u.id");
        TypedQuery<CalendarAbsence> query = em.createQuery(jpql.toString(), CalendarAbsence.class)
                .setParameter("from", filter.from()).setParameter("to", filter.to());
        bindResources(query, filter.trainerIds(), Set.of());
        if (filter.region() != null) {
            query.setParameter("region", filter.region());
        }
        if (filter.topic() != null) {
            query.setParameter("topic", filter.topic());
        }
        return query.setMaxResults(MAX_ROWS).getResultList();
    }

    private static void bindResources(TypedQuery<?> query, Set<Long> trainerIds, Set<Long> venueIds) {
        if (!trainerIds.isEmpty()) {
            query.setParameter("trainers", trainerIds);
        }
        if (!venueIds.isEmpty()) {
            query.setParameter("venues", venueIds);
        }
    }
}
