package rs.eobuka.workshop;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import rs.eobuka.booking.FreeSlot;
import rs.eobuka.booking.FreeSlotFinder;
import rs.eobuka.platform.errors.NotFoundException;

/**
 * Reading workshop requests: one as its requester or an organizer may see it, lists filtered and
 * paged in the database, and free slots for a proposal inside the requester's windows.
 */
@Stateless
public class WorkshopRequestSearch {

    /** A workshop lasts three hours unless the organizer chooses otherwise. */
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(3);

    @PersistenceContext
    EntityManager em;

    @Inject
    FreeSlotFinder freeSlots;

    public WorkshopRequest get(long id) {
        WorkshopRequest request = em.find(WorkshopRequest.class, id);
        if (request == null) {
            throw new NotFoundException("workshop.notFound");
        }
        return request;
    }

    /** The request, for its requester or an organizer; to anyone else it does not exist (404, as an unknown id). */
    public WorkshopRequest getVisible(long id, String username, boolean organizer) {
        WorkshopRequest request = get(id);
        if (!organizer && !request.isRequestedBy(username)) {
            throw new NotFoundException("workshop.notFound");
        }
        return request;
    }

    /** Newest first, paged in the database. */
    public List<WorkshopRequest> find(WorkshopFilter filter, int first, int max) {
        TypedQuery<WorkshopRequest> query = em.createQuery("select w from WorkshopRequest w" + where(filter)
                + " order by w.createdAt desc, w.id desc", WorkshopRequest.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(WorkshopFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(w) from WorkshopRequest w" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /** When the trainers and the venue are all free inside the requester's windows, earliest first. */
    public List<FreeSlot> suggestions(WorkshopRequest request, Set<Long> trainerIds, Long venueId, Duration length, int max) {
        return freeSlots.find(trainerIds, venueId, request.preferredWindows(), length, max);
    }

    /** The active trainers who teach the request's topic, by name: whom a proposal may book. */
    public List<rs.eobuka.booking.Trainer> trainersFor(WorkshopRequest request) {
        return em.createQuery("select t from Trainer t where t.active = true and :topic member of t.topics order by t.fullName",
                rs.eobuka.booking.Trainer.class).setParameter("topic", request.getTopic()).getResultList();
    }

    private static String where(WorkshopFilter filter) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.requester() != null) {
            where.append(" and w.requester = :requester");
        }
        if (filter.status() != null) {
            where.append(" and w.status = :status");
        }
        if (filter.topic() != null) {
            where.append(" and w.topic = :topic");
        }
        if (filter.lsguCode() != null) {
            where.append(" and w.lsguCode = :lsgu");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, WorkshopFilter filter) {
        if (filter.requester() != null) {
            query.setParameter("requester", filter.requester());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.topic() != null) {
            query.setParameter("topic", filter.topic());
        }
        if (filter.lsguCode() != null) {
            query.setParameter("lsgu", filter.lsguCode());
        }
    }
}
