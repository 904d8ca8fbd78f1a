package rs.eobuka.session;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.time.SerbianTime;

/** Finding sessions: the public catalogue and the organizers' list, filtered, sorted and paged in the database. */
@Stateless
public class SessionService {

    @PersistenceContext
    EntityManager em;

    public List<TrainingSession> find(SessionFilter filter, SessionSort sort, boolean ascending, int first, int max) {
        SessionSort order = sort == null ? SessionSort.STARTS_AT : sort;
        TypedQuery<TrainingSession> query = em.createQuery("select s from TrainingSession s" + where(filter)
                + " order by " + order.expression() + (ascending ? " asc" : " desc") + ", s.id", TrainingSession.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(SessionFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(s) from TrainingSession s" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    public TrainingSession get(long id) {
        TrainingSession session = em.find(TrainingSession.class, id);
        if (session == null) {
            throw new NotFoundException("session.notFound");
        }
        return session;
    }

    /** A session anyone may see: published or cancelled (the catalogue keeps showing a cancellation). */
    public TrainingSession getPublic(long id) {
        TrainingSession session = get(id);
        if (session.getStatus() != SessionStatus.PUBLISHED && session.getStatus() != SessionStatus.CANCELLED) {
            throw new NotFoundException("session.notFound");
        }
        return session;
    }

    /** Sessions proposed by this organizer that are not yet published, newest first. */
    public List<TrainingSession> findProposedBy(String organizer, int max) {
        return em.createQuery("select s from TrainingSession s where s.proposedBy = :organizer and s.status in :open"
                        + " order by s.createdAt desc", TrainingSession.class)
                .setParameter("organizer", organizer)
                .setParameter("open", List.of(SessionStatus.PROPOSED, SessionStatus.RETURNED))
                .setMaxResults(max).getResultList();
    }

    /** How many of this organizer's proposals are not yet published (under review or returned). */
    public long countProposedBy(String organizer) {
        return em.createQuery("select count(s) from TrainingSession s where s.proposedBy = :organizer and s.status in :open",
                        Long.class)
                .setParameter("organizer", organizer)
                .setParameter("open", List.of(SessionStatus.PROPOSED, SessionStatus.RETURNED)).getSingleResult();
    }

    private static String where(SessionFilter filter) {
        StringBuilder where = new StringBuilder(" where s.status in :statuses");
        if (filter.programmeId() != null) {
            where.append(" and s.training.programme.id = :programme");
        }
        if (filter.topic() != null) {
            where.append(" and :topic member of s.training.topics");
        }
        if (filter.lsguCode() != null) {
            where.append(" and s.lsgu.code = :lsgu");
        }
        if (filter.region() != null) {
            where.append(" and s.lsgu.regionLatn = :region");
        }
        if (filter.from() != null) {
            where.append(" and s.startsAt >= :from");
        }
        if (filter.to() != null) {
            where.append(" and s.startsAt < :to");
        }
        if (filter.withSeatsLeft()) {
            where.append(" and s.seatsTaken < s.capacity");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, SessionFilter filter) {
        query.setParameter("statuses", filter.statuses() == null || filter.statuses().isEmpty()
                ? List.of(SessionStatus.values()) : filter.statuses());
        if (filter.programmeId() != null) {
            query.setParameter("programme", filter.programmeId());
        }
        if (filter.topic() != null) {
            query.setParameter("topic", filter.topic());
        }
        if (filter.lsguCode() != null) {
            query.setParameter("lsgu", filter.lsguCode());
        }
        if (filter.region() != null) {
            query.setParameter("region", filter.region());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to().plusDays(1).atStartOfDay());
        }
    }

    /** The first day the catalogue shows by default: today, in Serbia. */
    public static LocalDate today() {
        return SerbianTime.now().toLocalDate();
    }
}
