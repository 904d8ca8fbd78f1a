package rs.eobuka.registration;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.persistence.LikePattern;
import rs.eobuka.reference.LocalSelfGovernmentUnit;

/**
 * A session's roster for its organizers: the registrations with the people behind them,
 * filtered, sorted and paged in the database, so a page costs the same with a hundred or a
 * hundred thousand registrations in the table.
 */
@Stateless
public class RosterService {

    @PersistenceContext
    EntityManager em;

    public List<RosterEntry> find(long sessionId, RosterFilter filter, RosterSort sort, boolean ascending, int first, int max) {
        RosterSort order = sort == null ? RosterSort.REGISTERED_AT : sort;
        TypedQuery<Object[]> query = em.createQuery("select r, u from Registration r join fetch r.account"
                + " left join LocalSelfGovernmentUnit u on u.code = r.lsguCode" + where(filter)
                + " order by " + order.expression() + (ascending ? " asc" : " desc") + " nulls last, r.id", Object[].class);
        bind(query, sessionId, filter);
        List<Object[]> rows = query.setFirstResult(first).setMaxResults(max).getResultList();
        List<RosterEntry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Registration registration = (Registration) row[0];
            entries.add(new RosterEntry(registration, (LocalSelfGovernmentUnit) row[1], position(registration)));
        }
        return entries;
    }

    /** One registration with its account, session and municipality, for a task form or a row action. */
    public RosterEntry entry(long registrationId) {
        List<Object[]> rows = em.createQuery("select r, u from Registration r join fetch r.account join fetch r.session"
                        + " left join LocalSelfGovernmentUnit u on u.code = r.lsguCode where r.id = :id", Object[].class)
                .setParameter("id", registrationId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("registration.notFound");
        }
        Registration registration = (Registration) rows.get(0)[0];
        return new RosterEntry(registration, (LocalSelfGovernmentUnit) rows.get(0)[1], position(registration));
    }

    public long count(long sessionId, RosterFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(r) from Registration r" + where(filter), Long.class);
        bind(query, sessionId, filter);
        return query.getSingleResult();
    }

    /** Place on the waiting list: one count on the (session, status, ticket) index, only for waiting rows. */
    private long position(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.WAITLISTED || registration.getWaitlistTicket() == null) {
            return 0;
        }
        return em.createQuery("select count(r) from Registration r where r.session.id = :session and r.status = :waiting"
                        + " and r.waitlistTicket <= :ticket", Long.class)
                .setParameter("session", registration.getSession().getId())
                .setParameter("waiting", RegistrationStatus.WAITLISTED)
                .setParameter("ticket", registration.getWaitlistTicket())
                .getSingleResult();
    }

    private static String where(RosterFilter filter) {
        StringBuilder where = new StringBuilder(" where r.session.id = :session");
        if (filter != null && filter.status() != null) {
            where.append(" and r.status = :status");
        }
        if (filter != null && filter.name() != null && !filter.name().isBlank()) {
            where.append(" and lower(r.account.fullName) like :name" + LikePattern.ESCAPE);
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, long sessionId, RosterFilter filter) {
        query.setParameter("session", sessionId);
        if (filter != null && filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter != null && filter.name() != null && !filter.name().isBlank()) {
            query.setParameter("name", LikePattern.containing(filter.name(), Locale.ROOT));
        }
    }
}
